package vn.vieclam.portal.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.account.TestUsers;

/** Enterprises register, the competent body verifies; each user sees and changes only what is theirs. */
@PortalTest
class EmployerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEnterpriseRegistersItselfAndWaitsForTheZoneBoard() throws Exception {
		String taxCode = taxCode("245500001");
		this.mvc.perform(registration(taxCode, "Công ty TNHH Thiết bị Điện Nếnh", "nen.hr").param("industrialZoneId",
				zone("Đình Trám").toString()))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flashSuccess", "employer.registered"));
		var row = this.jdbc.queryForMap("""
				select e.verification, b.code as body, u.role from employer e
				join organisation b on b.id = e.competent_body_id
				join app_user u on u.organisation_id = e.organisation_id where e.tax_code = ?""", taxCode);
		assertThat(row).containsEntry("verification", "PENDING").containsEntry("body", "bqlkcn-bg")
			.containsEntry("role", "EMPLOYER");
	}

	@Test
	void outsideTheZonesTheLabourAuthorityIsCompetent() throws Exception {
		String taxCode = taxCode("245500002");
		this.mvc.perform(registration(taxCode, "Công ty TNHH Nông sản Lục Ngạn", "lucngan.hr"));
		assertThat(this.jdbc.queryForObject("""
				select b.code from employer e join organisation b on b.id = e.competent_body_id where e.tax_code = ?""",
				String.class, taxCode)).isEqualTo("snv-bg");
	}

	@Test
	void aDuplicateOrInvalidTaxCodeIsRefusedBesideTheField() throws Exception {
		String existing = this.jdbc.queryForObject("select tax_code from employer order by id limit 1", String.class);
		Document page = Jsoup.parse(this.mvc.perform(registration(existing, "Trùng mã số thuế", "trung.ma"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.getElementById("taxCode-error").text()).isEqualTo("Mã số thuế này đã được đăng ký cho một doanh nghiệp khác.");
		assertThat(page.getElementById("name").val()).isEqualTo("Trùng mã số thuế");
		page = Jsoup.parse(this.mvc.perform(registration("0100101122", "Sai mã số thuế", "sai.ma"))
			.andReturn().getResponse().getContentAsString());
		assertThat(page.getElementById("taxCode-error").text()).contains("Mã số thuế không hợp lệ");
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where username in ('trung.ma', 'sai.ma')",
				Integer.class)).isZero();
	}

	@Test
	void onlyTheCompetentBodyVerifiesOrReturns() throws Exception {
		String taxCode = taxCode("245500003");
		this.mvc.perform(registration(taxCode, "Công ty TNHH Cơ điện Hiệp Hòa", "hiephoa.hr"));
		Long id = this.jdbc.queryForObject("select id from employer where tax_code = ?", Long.class, taxCode);
		for (String other : new String[] { "official", "official-kcn" }) {
			this.mvc.perform(post("/official/employers/" + id + "/verify").with(TestUsers.as(this.jdbc, other)).with(csrf()))
				.andExpect(flash().attribute("flashError", "employer.notCompetent"));
		}
		this.mvc.perform(post("/official/employers/" + id + "/return").with(TestUsers.as(this.jdbc, "official-ld")).with(csrf()))
			.andExpect(flash().attribute("flashError", "employer.return.noteRequired"));
		this.mvc.perform(post("/official/employers/" + id + "/verify").with(TestUsers.as(this.jdbc, "official-ld")).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "employer.verified"));
		assertThat(this.jdbc.queryForObject("select verification from employer where id = ?", String.class, id))
			.isEqualTo("VERIFIED");
		// Every official reads it; the others see no buttons.
		String page = this.mvc.perform(get("/official/employers/" + id).with(TestUsers.as(this.jdbc, "official")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Công ty TNHH Cơ điện Hiệp Hòa").doesNotContain("/verify\"");
	}

	@Test
	void anEmployerSeesAndEditsOnlyItsOwnVacancies() throws Exception {
		Long theirs = this.jdbc.queryForObject("""
				select v.id from vacancy v join employer e on e.id = v.employer_id
				join app_user u on u.organisation_id = e.organisation_id where u.username = 'employer' limit 1""", Long.class);
		String title = this.jdbc.queryForObject("select title from vacancy where id = ?", String.class, theirs);
		this.mvc.perform(get("/employer/vacancies/" + theirs).with(TestUsers.as(this.jdbc, "employer2")))
			.andExpect(status().isNotFound());
		for (String action : new String[] { "", "/submit", "/close", "/filled" }) {
			this.mvc.perform(post("/employer/vacancies/" + theirs + action).param("title", "Chiếm quyền")
					.with(TestUsers.as(this.jdbc, "employer2")).with(csrf()))
				.andExpect(status().isNotFound());
		}
		assertThat(this.jdbc.queryForObject("select title from vacancy where id = ?", String.class, theirs)).isEqualTo(title);
		String list = this.mvc.perform(get("/employer/vacancies").with(TestUsers.as(this.jdbc, "employer2")))
			.andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain(title).contains("Công nhân may công nghiệp");
	}

	@Test
	void otherRolesCannotReachEmployerOrOfficialPages() throws Exception {
		for (String url : new String[] { "/employer/vacancies", "/employer/profile", "/employer/vacancies/new" }) {
			for (String user : new String[] { "centre-bg", "official", "admin" }) {
				this.mvc.perform(get(url).with(TestUsers.as(this.jdbc, user))).andExpect(status().isForbidden());
			}
		}
		for (String url : new String[] { "/official/queue", "/official/employers" }) {
			for (String user : new String[] { "centre-ls", "employer" }) {
				this.mvc.perform(get(url).with(TestUsers.as(this.jdbc, user))).andExpect(status().isForbidden());
			}
			this.mvc.perform(get(url)).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void theQueueCountsWhatWaitsForMyBody() throws Exception {
		Document queue = Jsoup.parse(this.mvc.perform(get("/official/queue").with(TestUsers.as(this.jdbc, "official-kcn")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		long waiting = this.jdbc.queryForObject("""
				select count(*) from vacancy v join employer e on e.id = v.employer_id
				join organisation b on b.id = e.competent_body_id where v.status = 'SUBMITTED' and b.code = 'bqlkcn-bg'""",
				Long.class);
		assertThat(queue.select(".portal-tile strong").get(1).text()).isEqualTo(String.valueOf(waiting));
	}

	@Test
	void changingItsIdentitySendsAVerifiedEmployerBackForVerification() throws Exception {
		String taxCode = taxCode("245500004");
		this.mvc.perform(registration(taxCode, "Công ty TNHH Bao bì Tân Yên", "tanyen.hr"));
		Long id = this.jdbc.queryForObject("select id from employer where tax_code = ?", Long.class, taxCode);
		this.mvc.perform(post("/official/employers/" + id + "/verify").with(TestUsers.as(this.jdbc, "official-ld")).with(csrf()));
		long version = this.jdbc.queryForObject("select version from employer where id = ?", Long.class, id);
		this.mvc.perform(profile(taxCode, "Công ty TNHH Bao bì Tân Yên", version).param("contactName", "Người mới")
				.with(TestUsers.as(this.jdbc, "tanyen.hr")))
			.andExpect(flash().attribute("flashSuccess", "flash.saved"));
		assertThat(this.jdbc.queryForObject("select verification from employer where id = ?", String.class, id)).isEqualTo("VERIFIED");
		this.mvc.perform(profile(taxCode, "Công ty TNHH Bao bì và In Tân Yên", version + 1)
				.with(TestUsers.as(this.jdbc, "tanyen.hr")))
			.andExpect(flash().attribute("flashSuccess", "employer.updated.reverify"));
		assertThat(this.jdbc.queryForObject("select verification from employer where id = ?", String.class, id)).isEqualTo("PENDING");
	}

	private MockHttpServletRequestBuilder registration(String taxCode, String name, String username) {
		return post("/employers/register").param("name", name).param("taxCode", taxCode).param("sectorCode", "C")
			.param("provinceId", bacNinh().toString()).param("address", "Số 12 đường Nguyễn Văn Cừ")
			.param("workforceSize", "120").param("contactName", "Nguyễn Thị Hằng").param("contactPhone", "0912 000 111")
			.param("contactEmail", username + "@congty.vn").param("username", username)
			.param("password", "Mật khẩu đủ dài cho doanh nghiệp").param("accepted", "true").with(csrf());
	}

	private MockHttpServletRequestBuilder profile(String taxCode, String name, long version) {
		return post("/employer/profile").param("name", name).param("taxCode", taxCode).param("sectorCode", "C")
			.param("provinceId", bacNinh().toString()).param("address", "Số 12 đường Nguyễn Văn Cừ")
			.param("workforceSize", "130").param("contactName", "Nguyễn Thị Hằng").param("contactPhone", "0912 000 111")
			.param("contactEmail", "").param("version", String.valueOf(version)).with(csrf());
	}

	private Long bacNinh() {
		return this.jdbc.queryForObject("select id from admin_unit where level = 'PROVINCE' and name = 'Bắc Ninh' and valid_to is null",
				Long.class);
	}

	private Long zone(String name) {
		return this.jdbc.queryForObject("select id from industrial_zone where name like ?", Long.class, "%" + name + "%");
	}

	private static String taxCode(String prefix) {
		int check = TaxCode.checkDigit(prefix);
		if (check < 0) {
			throw new IllegalArgumentException("choose another prefix than " + prefix);
		}
		return prefix + check;
	}

}
