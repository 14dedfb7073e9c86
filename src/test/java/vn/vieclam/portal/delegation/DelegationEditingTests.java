package vn.vieclam.portal.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.account.TestUsers;

/**
 * Delegations, their notices and commitments change only by their organisers' officials (a successor body acts for a
 * merged one) and the administrator; other officials read and get 404; job centres are refused; two editors of one
 * delegation: the second gets the conflict page with what they typed. A progress report typed in Vietnamese with an
 * evidence file comes back as typed.
 */
@PortalTest
class DelegationEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	Long org(String code) {
		return this.jdbc.queryForObject("select id from organisation where code = ?", Long.class, code);
	}

	Long demoLangSon() {
		return this.jdbc.queryForObject("select id from delegation where destination_province_id = 120 and starts_on = '2024-03-13'",
				Long.class);
	}

	static MockHttpServletRequestBuilder delegation(MockHttpServletRequestBuilder request, String leader, String version,
			Long... organisers) {
		request.param("wave", "2").param("destinationProvinceId", "104").param("startsOn", "10/09/2024")
			.param("endsOn", "11/09/2024").param("leaderName", leader).param("leaderTitle", "Phó Chủ tịch UBND tỉnh")
			.param("topics", "Trao đổi nhu cầu tuyển dụng của doanh nghiệp Bắc Giang").param("version", version);
		for (Long o : organisers) {
			request.param("organiserIds", String.valueOf(o));
		}
		return request.with(csrf());
	}

	Long newDelegation(String user, String leader, Long... organisers) throws Exception {
		String location = this.mvc.perform(delegation(post("/delegations"), leader, "0", organisers)
			.with(TestUsers.as(this.jdbc, user))).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring("/delegations/".length()));
	}

	@Test
	void theOrganisersChangeTheWaveOneDelegationsOthersReadThem() throws Exception {
		Long id = demoLangSon();
		assertThat(this.jdbc.queryForList("select organisation_id from delegation_organiser where delegation_id = ?",
				Long.class, id)).containsExactlyInAnyOrder(org("vp-ubnd-bg"), org("sldtbxh-bg"));
		// The committee office, the home-affairs department (successor of the 2024 labour department), the administrator.
		for (String organiser : new String[] { "official", "official-ld", "admin" }) {
			this.mvc.perform(get("/delegations/" + id + "/edit").with(TestUsers.as(this.jdbc, organiser)))
				.andExpect(status().isOk());
		}
		Document page = Jsoup.parse(this.mvc.perform(get("/delegations/" + id).with(TestUsers.as(this.jdbc, "official-kcn")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".portal-organisers").text()).contains("Văn phòng Ủy ban nhân dân tỉnh Bắc Giang", "chỉ xem");
		assertThat(page.select("a[href=/delegations/" + id + "/edit]")).isEmpty();
		assertThat(page.select("form.portal-person-form, form.portal-advance, a[href^=/notices/new]")).isEmpty();
		assertThat(page.select("a[href=/delegations/" + id + "/print]")).isNotEmpty();
		int people = this.jdbc.queryForObject("select count(*) from delegation_person where delegation_id = ?", Integer.class, id);
		this.mvc.perform(get("/delegations/" + id + "/edit").with(TestUsers.as(this.jdbc, "official-kcn")))
			.andExpect(status().isNotFound());
		this.mvc.perform(delegation(post("/delegations/" + id), "Người khác", "0", org("bqlkcn-bg"))
			.with(TestUsers.as(this.jdbc, "official-kcn"))).andExpect(status().isNotFound());
		this.mvc.perform(post("/delegations/" + id + "/people").param("side", "VISITOR").param("role", "MEMBER")
			.param("fullName", "Nguyễn Văn Khách").with(csrf()).with(TestUsers.as(this.jdbc, "official-ptth-bg")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/delegations/" + id + "/status").param("status", "REPORTED").with(csrf())
			.with(TestUsers.as(this.jdbc, "official-kcn"))).andExpect(status().isNotFound());
		this.mvc.perform(multipart("/delegations/" + id + "/documents")
			.file(new MockMultipartFile("file", "lich-trinh.pdf", "application/pdf", "%PDF-1.4 lịch trình".getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(TestUsers.as(this.jdbc, "official-kcn"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/notices/new").param("source", "DELEGATION").param("sourceId", String.valueOf(id))
			.with(TestUsers.as(this.jdbc, "official-kcn"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/delegations/" + id + "/edit").with(TestUsers.as(this.jdbc, "centre-bg")))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from delegation_person where delegation_id = ?", Integer.class, id))
			.isEqualTo(people);
		// The demo notice: issued by Lạng Sơn's office; the Bắc Giang organisers add commitments, the zone board does not.
		Long notice = this.jdbc.queryForObject(
				"select id from conclusion_notice where source_kind = 'DELEGATION' and source_id = ? and number = '…/TB-UBND'",
				Long.class, id);
		assertThat(Jsoup.parse(this.mvc.perform(get("/notices/" + notice).with(TestUsers.as(this.jdbc, "official-kcn")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).select("form.portal-commitment-form"))
			.isEmpty();
		assertThat(Jsoup.parse(this.mvc.perform(get("/notices/" + notice).with(TestUsers.as(this.jdbc, "official")))
			.andReturn().getResponse().getContentAsString()).select("form.portal-commitment-form")).isNotEmpty();
		this.mvc.perform(post("/notices/" + notice + "/commitments").param("responsibleId", String.valueOf(org("bqlkcn-bg")))
			.param("action", "Nội dung không được phép").with(csrf()).with(TestUsers.as(this.jdbc, "official-kcn")))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select count(*) from commitment where action = 'Nội dung không được phép'",
				Integer.class)).isZero();
	}

	@Test
	void aNewDelegationIsOrganisedByTheOrganisationOfWhoeverRecordsIt() throws Exception {
		Document form = Jsoup.parse(this.mvc.perform(get("/delegations/new").with(TestUsers.as(this.jdbc, "official-kcn")))
			.andReturn().getResponse().getContentAsString());
		assertThat(form.select("#organiserIds option[selected]").text()).isEqualTo("Ban Quản lý các khu công nghiệp tỉnh Bắc Giang");
		String html = this.mvc.perform(delegation(post("/delegations"), "Nguyễn Văn Lâm", "0", org("vp-ubnd-bg"))
			.with(TestUsers.as(this.jdbc, "official-kcn"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.getElementById("organiserIds-error").text())
			.isEqualTo("Cơ quan của bạn phải là một trong các cơ quan tổ chức đoàn.");
		assertThat(page.getElementById("leaderName").val()).isEqualTo("Nguyễn Văn Lâm");
		html = this.mvc.perform(delegation(post("/delegations"), "Nguyễn Văn Lâm", "0").with(TestUsers.as(this.jdbc, "official-kcn")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).getElementById("organiserIds-error").text()).isEqualTo("Vui lòng chọn ít nhất một cơ quan tổ chức.");
		Long id = newDelegation("official-kcn", "Nguyễn Văn Lâm", org("bqlkcn-bg"));
		this.mvc.perform(get("/delegations/" + id + "/edit").with(TestUsers.as(this.jdbc, "official-kcn"))).andExpect(status().isOk());
		this.mvc.perform(get("/delegations/" + id + "/edit").with(TestUsers.as(this.jdbc, "official"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/delegations/" + id).with(TestUsers.as(this.jdbc, "official"))).andExpect(status().isOk());
	}

	@Test
	void theSecondOfTwoEditorsGetsTheConflictPageWithWhatTheyTyped() throws Exception {
		Long id = newDelegation("official", "Mai Sơn", org("vp-ubnd-bg"), org("snv-bg"));
		long version = this.jdbc.queryForObject("select version from delegation where id = ?", Long.class, id);
		// The committee office and the home-affairs department open the form at the same version; the office saves first.
		this.mvc.perform(delegation(post("/delegations/" + id), "Mai Sơn", String.valueOf(version), org("vp-ubnd-bg"), org("snv-bg"))
			.param("itinerary", "Sáng 10/09/2024: làm việc với UBND tỉnh Cao Bằng").with(TestUsers.as(this.jdbc, "official")))
			.andExpect(status().isFound());
		String html = this.mvc.perform(delegation(post("/delegations/" + id), "Lê Ánh Dương", String.valueOf(version),
				org("vp-ubnd-bg"), org("snv-bg")).param("itinerary", "Chiều 10/09/2024: thăm Trung tâm Dịch vụ việc làm Cao Bằng")
			.with(TestUsers.as(this.jdbc, "official-ld"))).andExpect(status().isConflict()).andReturn().getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select(".portal-conflict").text()).contains("Hồ sơ đã được người khác cập nhật", "vẫn giữ nguyên");
		assertThat(page.getElementById("leaderName").val()).isEqualTo("Lê Ánh Dương");
		assertThat(page.getElementById("itinerary").text()).isEqualTo("Chiều 10/09/2024: thăm Trung tâm Dịch vụ việc làm Cao Bằng");
		assertThat(page.select(".portal-conflict a").attr("href")).isEqualTo("/delegations/" + id + "/edit");
		assertThat(this.jdbc.queryForObject("select itinerary from delegation where id = ?", String.class, id))
			.isEqualTo("Sáng 10/09/2024: làm việc với UBND tỉnh Cao Bằng");
		assertThat(this.jdbc.queryForObject("select leader_name from delegation where id = ?", String.class, id)).isEqualTo("Mai Sơn");
	}

	@Test
	void aProgressReportInVietnameseWithEvidenceComesBackAsTyped() throws Exception {
		Long id = newDelegation("official", "Mai Sơn", org("vp-ubnd-bg"));
		String location = this.mvc.perform(post("/notices").param("source", "DELEGATION").param("sourceId", String.valueOf(id))
			.param("number", "15/TB-VP").param("issuedOn", "20/09/2024").param("issuerId", String.valueOf(org("vp-ubnd-ls")))
			.param("signer", "Trịnh Tiến Duy").with(csrf()).with(TestUsers.as(this.jdbc, "official")))
			.andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		Long notice = Long.valueOf(location.substring("/notices/".length()));
		this.mvc.perform(post("/notices/" + notice + "/commitments").param("responsibleId", String.valueOf(org("sgtvt-ls")))
			.param("action", "Mở tuyến xe buýt Lạng Sơn – Bắc Giang đón công nhân").param("dueMonth", "12/2024")
			.with(csrf()).with(TestUsers.as(this.jdbc, "official"))).andExpect(status().isFound());
		Long commitment = this.jdbc.queryForObject("select id from commitment where notice_id = ?", Long.class, notice);
		String text = "Đã mở tuyến xe buýt Lạng Sơn – Bắc Giang";
		// As a browser sends it: the text is a part of the multipart body in UTF-8, next to the evidence file; the
		// "done" box left unticked (it used to be a primitive that failed to bind, so the report was refused silently).
		this.mvc.perform(multipart("/tasks/commitment/" + commitment + "/reports")
			.file(new MockMultipartFile("files", "Biên bản nghiệm thu tuyến.pdf", "application/pdf", "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8)))
			.part(new MockPart("text", text.getBytes(StandardCharsets.UTF_8)))
			.characterEncoding("UTF-8").with(csrf()).with(TestUsers.as(this.jdbc, "official-gtvt-ls")))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select text from progress_report where commitment_id = ?", String.class, commitment))
			.isEqualTo(text);
		Document page = Jsoup.parse(this.mvc.perform(get("/tasks/commitment/" + commitment)
			.with(TestUsers.as(this.jdbc, "official-gtvt-ls"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.text()).contains(text);
		assertThat(page.select("a[href^=/tasks/evidence/]")).hasSize(1);
	}

}
