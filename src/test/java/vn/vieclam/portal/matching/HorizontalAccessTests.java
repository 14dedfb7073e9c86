package vn.vieclam.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.TestUsers;
import vn.vieclam.portal.candidate.Candidates;
import vn.vieclam.portal.matching.MatchingTestData.Spec;
import vn.vieclam.portal.vacancy.Housing;
import vn.vieclam.portal.vacancy.Vacancies;

/**
 * Horizontal access with two provinces' job centres (Lạng Sơn's owns the data, Cao Bằng's tries) and two companies
 * (the demo employer owns the vacancy, employer2 tries): every foreign id in a read, an edit, a search, an export or a
 * pipeline step answers 404 or leaves the other's rows out, and the database is the same afterwards.
 */
@PortalTest
class HorizontalAccessTests {

	private static final String OWNER_CENTRE = "centre-ls";

	private static final String OTHER_CENTRE = "centre-cb";

	private static final String OTHER_COMPANY = "employer2";

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
	void anotherCentreCannotReadEditSearchExportOrReferACandidate() throws Exception {
		String name = "Nông Thị Thanh Hà";
		Long candidate = this.data.candidate(OWNER_CENTRE, new Spec(name, "72"));
		Long vacancy = this.data.publishedVacancy("Công nhân lắp ráp linh kiện (thử quyền)", "72", "UNSKILLED",
				Housing.DORMITORY, null);
		Map<String, Object> before = candidateRow(candidate);

		for (String path : List.of("/candidates/" + candidate, "/candidates/" + candidate + "/edit",
				"/candidates/" + candidate + "/matches", "/candidates/" + candidate + "/requests/new")) {
			this.mvc.perform(get(path).with(TestUsers.as(this.jdbc, OTHER_CENTRE))).andExpect(status().isNotFound());
		}
		send(OTHER_CENTRE, post("/candidates/" + candidate + "/edit").param("fullName", "Người Khác Sửa")
			.param("version", "0"));
		send(OTHER_CENTRE, post("/candidates/" + candidate + "/erase").param("confirm", name));
		send(OTHER_CENTRE, post("/candidates/" + candidate + "/sharing/withdraw"));
		send(OTHER_CENTRE, post("/candidates/" + candidate + "/counselling").param("kind", "COUNSELLING")
			.param("happenedOn", "01/12/2026"));
		send(OTHER_CENTRE, post("/referrals").param("candidateId", candidate.toString())
			.param("vacancyId", vacancy.toString())
			.param("from", "vacancy"));
		assertThat(candidateRow(candidate)).isEqualTo(before);
		assertThat(count("select count(*) from referral where candidate_id = ?", candidate)).isZero();
		assertThat(count("select count(*) from counselling where candidate_id = ?", candidate)).isZero();

		String search = this.mvc.perform(get("/candidates").param("q", "Thanh Hà").with(TestUsers.as(this.jdbc, OTHER_CENTRE)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(search).doesNotContain(name);
		assertThat(exportedCells(get("/candidates/export.xlsx").param("q", "Thanh Hà"), OTHER_CENTRE)).doesNotContain(name);

		// The owner does find her, so the searches above could have found her.
		assertThat(this.mvc.perform(get("/candidates").param("q", "Thanh Hà").with(TestUsers.as(this.jdbc, OWNER_CENTRE)))
			.andReturn().getResponse().getContentAsString()).contains(name);
		assertThat(exportedCells(get("/candidates/export.xlsx").param("q", "Thanh Hà"), OWNER_CENTRE)).contains(name);
	}

	@Test
	void anotherCompanyAndAnotherCentreCannotSeeOrMoveAReferral() throws Exception {
		String name = "Hoàng Văn Khải";
		Long candidate = this.data.candidate(OWNER_CENTRE, new Spec(name, "73"));
		Long vacancy = this.data.publishedVacancy("Thợ hàn kết cấu thép (thử quyền)", "73", "UNSKILLED", Housing.NONE, null);
		this.mvc.perform(post("/referrals").param("candidateId", candidate.toString())
			.param("vacancyId", vacancy.toString())
			.param("from", "vacancy")
			.with(TestUsers.as(this.jdbc, OWNER_CENTRE))
			.with(csrf())).andExpect(status().isFound());
		Long referral = this.jdbc.queryForObject("select id from referral where candidate_id = ?", Long.class, candidate);
		String version = this.jdbc.queryForObject("select version from referral where id = ?", Long.class, referral)
			.toString();

		for (String user : List.of(OTHER_COMPANY, OTHER_CENTRE)) {
			this.mvc.perform(get("/referrals/" + referral).with(TestUsers.as(this.jdbc, user))).andExpect(status().isNotFound());
			String list = this.mvc.perform(get("/referrals").with(TestUsers.as(this.jdbc, user)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(list).doesNotContain(name);
			assertThat(exportedCells(get("/referrals/export.xlsx"), user)).doesNotContain(name);
		}
		send(OTHER_COMPANY, post("/referrals/" + referral + "/interview").param("version", version)
			.param("date", "20/12/2026").param("time", "09:00"));
		send(OTHER_COMPANY, post("/referrals/" + referral + "/not-selected").param("version", version)
			.param("reason", "Không phù hợp"));
		send(OTHER_CENTRE, post("/referrals/" + referral + "/withdraw").param("version", version));
		assertThat(this.jdbc.queryForObject("select status from referral where id = ?", String.class, referral))
			.isEqualTo("REFERRED");

		// The other company cannot open, edit or close the vacancy either.
		String title = this.jdbc.queryForObject("select title from vacancy where id = ?", String.class, vacancy);
		this.mvc.perform(get("/employer/vacancies/" + vacancy).with(TestUsers.as(this.jdbc, OTHER_COMPANY)))
			.andExpect(status().isNotFound());
		send(OTHER_COMPANY, post("/employer/vacancies/" + vacancy).param("title", "Tin bị sửa trộm").param("version", "0"));
		send(OTHER_COMPANY, post("/employer/vacancies/" + vacancy + "/close"));
		send(OTHER_COMPANY, post("/employer/vacancies/" + vacancy + "/filled"));
		assertThat(this.jdbc.queryForMap("select title, status from vacancy where id = ?", vacancy))
			.containsEntry("title", title)
			.containsEntry("status", "PUBLISHED");

		// The owners do see it, so the lists above could have shown it.
		assertThat(exportedCells(get("/referrals/export.xlsx"), "employer")).contains(name);
		assertThat(exportedCells(get("/referrals/export.xlsx"), OWNER_CENTRE)).contains(name);
	}

	@Test
	void anotherCentreCannotOpenMapCommitOrDiscardAnImport() throws Exception {
		String csv = "Họ và tên,Số điện thoại,Tỉnh,Trình độ\nLương Văn Tỉnh,0379100777,Lạng Sơn,Chưa qua đào tạo\n";
		String location = this.mvc.perform(multipart("/candidates/import")
			.file(new MockMultipartFile("file", "thu-quyen.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("consentProcessing", "true")
			.with(TestUsers.as(this.jdbc, OWNER_CENTRE))
			.with(csrf())).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		Long batch = Long.valueOf(location.split("/")[3]);

		for (String path : List.of("/candidates/import/" + batch, "/candidates/import/" + batch + "/mapping")) {
			this.mvc.perform(get(path).with(TestUsers.as(this.jdbc, OTHER_CENTRE))).andExpect(status().isNotFound());
		}
		send(OTHER_CENTRE, post("/candidates/import/" + batch + "/mapping").param("FULL_NAME", "0").param("PHONE", "1"));
		send(OTHER_CENTRE, post("/candidates/import/" + batch + "/commit"));
		send(OTHER_CENTRE, post("/candidates/import/" + batch + "/discard"));
		assertThat(this.jdbc.queryForObject("select status from import_batch where id = ?", String.class, batch))
			.isEqualTo("UPLOADED");
		assertThat(this.mvc.perform(get("/candidates/import").with(TestUsers.as(this.jdbc, OTHER_CENTRE)))
			.andReturn().getResponse().getContentAsString()).doesNotContain("thu-quyen.csv");
	}

	@Test
	void aCentreThatNeitherHostsNorCoHostsCannotManageOrCancelAJobSession() throws Exception {
		Long session = this.jdbc.queryForObject("""
				select s.id from job_session s
				where s.host_centre_id = (select organisation_id from app_user where username = 'centre-bg')
				  and s.cancelled_at is null
				  and not exists (select 1 from job_session_point p where p.session_id = s.id
				                  and p.centre_id = (select organisation_id from app_user where username = ?))
				order by s.session_date desc limit 1""", Long.class, OTHER_CENTRE);
		String version = this.jdbc.queryForObject("select version from job_session where id = ?", Long.class, session)
			.toString();
		for (String path : List.of("", "/edit", "/check-in", "/workers/new")) {
			this.mvc.perform(get("/centre/job-sessions/" + session + path).with(TestUsers.as(this.jdbc, OTHER_CENTRE)))
				.andExpect(status().isNotFound());
		}
		send(OTHER_CENTRE, post("/centre/job-sessions/" + session + "/cancel").param("reason", "Hủy trộm")
			.param("version", version));
		send(OTHER_CENTRE, post("/centre/job-sessions/" + session + "/walk-ins").param("fullName", "Người Lạ")
			.param("phone", "0379100888"));
		assertThat(this.jdbc.queryForObject("select cancelled_at is null from job_session where id = ?", Boolean.class,
				session)).isTrue();
		assertThat(count("select count(*) from job_session_worker where session_id = ? and phone = '0379100888'", session))
			.isZero();
	}

	/** Sends a form as the user and expects the id to be unknown to them. */
	private void send(String user, MockHttpServletRequestBuilder request) throws Exception {
		this.mvc.perform(request.with(TestUsers.as(this.jdbc, user)).with(csrf())).andExpect(status().isNotFound());
	}

	private Map<String, Object> candidateRow(Long id) {
		return this.jdbc.queryForMap("select * from candidate where id = ?", id);
	}

	private int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

	/** Every text cell of the first sheet of a download. */
	private List<String> exportedCells(MockHttpServletRequestBuilder download, String user) throws Exception {
		byte[] bytes = this.mvc.perform(download.with(TestUsers.as(this.jdbc, user)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		List<String> cells = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
				var rows = workbook.getFirstSheet().openStream()) {
			rows.forEach(row -> row.forEach(cell -> {
				if (cell != null && cell.getRawValue() != null) {
					cells.add(cell.getText());
				}
			}));
		}
		return cells;
	}

}
