package vn.vieclam.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.TestUsers;
import vn.vieclam.portal.candidate.Candidates;
import vn.vieclam.portal.matching.MatchingTestData.Spec;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.vacancy.Housing;
import vn.vieclam.portal.vacancy.Vacancies;

/**
 * The referral list and the centre's yearly counts as Excel files: the list's filters and scope apply, an
 * employer gets only consented names, typed formulas are neutralised, and the files download as attachments.
 */
@PortalTest
class ReferralExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Candidates candidates;

	@Autowired
	Vacancies vacancies;

	MatchingTestData data;

	@BeforeEach
	void data() {
		this.data = new MatchingTestData(this.accounts, this.candidates, this.vacancies, this.jdbc);
	}

	@Test
	void aCentreExportsItsOwnFilteredReferralsWithFormulasNeutralised() throws Exception {
		Long vacancy = this.data.publishedVacancy("Công nhân đóng gói xuất khẩu", "93", "UNSKILLED", Housing.NONE, null);
		Long tricky = this.data.candidate("centre-ls", new Spec("=HYPERLINK(\"http://x\") Lục Văn Xuất", "93"));
		Long plain = this.data.candidate("centre-ls", new Spec("Vi Thị Xuất", "93"));
		Long interviewed = refer("centre-ls", tricky, vacancy);
		refer("centre-ls", plain, vacancy);
		this.mvc.perform(post("/referrals/" + interviewed + "/interview").param("version", version(interviewed))
			.param("date", Formats.DATE.format(LocalDate.now(Formats.VIETNAM).plusDays(2))).param("time", "09:00")
			.with(TestUsers.as(this.jdbc, "employer")).with(csrf())).andExpect(status().is3xxRedirection());

		var response = this.mvc.perform(get("/referrals/export.xlsx").param("vacancy", vacancy.toString())
			.param("status", "INTERVIEW_SCHEDULED").with(TestUsers.as(this.jdbc, "centre-ls")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.matchesPattern("attachment; filename=\"gioi-thieu-viec-lam-\\d{4}-\\d{2}-\\d{2}\\.xlsx\"")))
			.andReturn().getResponse();
		List<Row> rows = rows(response.getContentAsByteArray());
		assertThat(rows.get(0).getCellText(0)).isEqualTo("Người lao động");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).getCellText(0)).isEqualTo("'=HYPERLINK(\"http://x\") Lục Văn Xuất");
		assertThat(rows.get(1).getCellText(1)).isEqualTo("Công nhân đóng gói xuất khẩu");
		assertThat(rows.get(1).getCellText(4)).isEqualTo("Đã hẹn phỏng vấn");

		// Without the status filter both show; another centre's export has neither.
		assertThat(names(get("/referrals/export.xlsx").param("vacancy", vacancy.toString()), "centre-ls"))
			.contains("Vi Thị Xuất", "'=HYPERLINK(\"http://x\") Lục Văn Xuất");
		assertThat(names(get("/referrals/export.xlsx").param("vacancy", vacancy.toString()), "centre-bg")).isEmpty();
		this.mvc.perform(get("/referrals/export.xlsx").with(TestUsers.as(this.jdbc, "official")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anEmployerExportsOnlyReferralsToItsOwnVacanciesAndOnlyConsentedNames() throws Exception {
		Long vacancy = this.data.publishedVacancy("Thợ hàn khung thép", "72", "ELEMENTARY", Housing.DORMITORY, null);
		Long sharing = this.data.candidate("centre-cb", new Spec("Bế Văn Hàn", "72"));
		Long withdrawn = this.data.candidate("centre-cb", new Spec("Đàm Thị Riêng", "72"));
		refer("centre-cb", sharing, vacancy);
		refer("centre-cb", withdrawn, vacancy);
		// The candidate later withdraws consent to sharing: the employer's file no longer names her.
		this.jdbc.update("update candidate set consent_sharing_at = null where id = ?", withdrawn);

		List<String> names = names(get("/referrals/export.xlsx").param("vacancy", vacancy.toString()), "employer");
		assertThat(names).containsExactlyInAnyOrder("Bế Văn Hàn", "(không chia sẻ hồ sơ)");
		assertThat(names(get("/referrals/export.xlsx"), "employer")).doesNotContain("Đàm Thị Riêng");
		// Another enterprise's file has none of them, even when it asks for the vacancy.
		assertThat(names(get("/referrals/export.xlsx").param("vacancy", vacancy.toString()), "employer2")).isEmpty();
	}

	@Test
	void theYearlyCountsDownloadAsTheyShowAndOnlyForTheCentre() throws Exception {
		int year = LocalDate.now(Formats.VIETNAM).getYear();
		Element total = Jsoup.parse(this.mvc.perform(get("/referrals/counts").param("year", String.valueOf(year))
			.with(TestUsers.as(this.jdbc, "centre-hb"))).andReturn().getResponse().getContentAsString())
			.getElementById("counts-total");
		var response = this.mvc.perform(get("/referrals/counts.xlsx").param("year", String.valueOf(year))
			.with(TestUsers.as(this.jdbc, "centre-hb")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"so-lieu-gioi-thieu-" + year + ".xlsx\""))
			.andReturn().getResponse();
		List<Row> rows = rows(response.getContentAsByteArray());
		assertThat(rows.get(0).getCellText(0)).isEqualTo("Tỉnh quê quán");
		Row last = rows.get(rows.size() - 1);
		assertThat(last.getCellText(0)).isEqualTo("Tổng cộng");
		assertThat(last.getCellText(1)).isEqualTo(total.selectFirst(".counselled").text().replaceAll("\\D", ""));
		assertThat(last.getCellText(3)).isEqualTo(total.selectFirst(".placed").text().replaceAll("\\D", ""));
		for (String other : List.of("employer", "official")) {
			this.mvc.perform(get("/referrals/counts.xlsx").with(TestUsers.as(this.jdbc, other)))
				.andExpect(status().isForbidden());
		}
	}

	private Long refer(String centre, Long candidate, Long vacancy) throws Exception {
		this.mvc.perform(post("/referrals").param("candidateId", candidate.toString()).param("vacancyId", vacancy.toString())
			.param("from", "vacancy").with(TestUsers.as(this.jdbc, centre)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("select id from referral where candidate_id = ? and vacancy_id = ?", Long.class,
				candidate, vacancy);
	}

	private String version(Long referral) {
		return String.valueOf(this.jdbc.queryForObject("select version from referral where id = ?", Long.class, referral));
	}

	private List<String> names(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String user) throws Exception {
		byte[] xlsx = this.mvc.perform(request.with(TestUsers.as(this.jdbc, user))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		return rows(xlsx).stream().skip(1).map(r -> r.getCellText(0)).toList();
	}

	private static List<Row> rows(byte[] xlsx) throws Exception {
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return wb.getFirstSheet().read();
		}
	}

}
