package vn.vieclam.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.vieclam.portal.PortalTest;

@PortalTest
class AdminUserPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theAdministratorCreatesAUserWhoThenAppearsInTheSearch() throws Exception {
		Long centre = organisation("ttdvvl-hb");
		String location = this.mvc.perform(post("/admin/users/new").with(TestUsers.as(this.jdbc, "admin")).with(csrf())
				.param("username", "bui.thi.mai").param("fullName", "Bùi Thị Mai").param("email", "mai@hoabinh.vn")
				.param("role", "JOB_CENTRE").param("organisationId", centre.toString())
				.param("password", "Hòa Bình mùa lúa chín").param("version", "0"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "user.created"))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/admin/users/\\d+");
		String list = page("/admin/users?q=bui thi mai");
		assertThat(list).contains("bui.thi.mai").contains("Trung tâm Dịch vụ việc làm tỉnh Hòa Bình");
		assertThat(this.jdbc.queryForObject("select role from app_user where username = 'bui.thi.mai'", String.class))
			.isEqualTo("JOB_CENTRE");
	}

	@Test
	void badInputShowsMessagesBesideTheFieldsAndKeepsWhatWasTyped() throws Exception {
		String html = this.mvc.perform(post("/admin/users/new").with(TestUsers.as(this.jdbc, "admin")).with(csrf())
				.param("username", "admin").param("fullName", "Người Thử Trùng Tên").param("email", "khong-phai-email")
				.param("role", "OFFICIAL").param("organisationId", organisation("vp-ubnd-bg").toString())
				.param("password", "mot-mat-khau-rat-bi-mat").param("version", "0"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
		assertThat(page.getElementById("email-error").text()).isEqualTo("Địa chỉ thư điện tử không hợp lệ.");
		assertThat(page.getElementById("email").attr("aria-describedby")).isEqualTo("email-error");
		assertThat(page.getElementById("fullName").val()).isEqualTo("Người Thử Trùng Tên");
		assertThat(page.getElementById("email").val()).isEqualTo("khong-phai-email");
		assertThat(html).doesNotContain("mot-mat-khau-rat-bi-mat");
		// Then the duplicate name, once the e-mail is right.
		html = this.mvc.perform(post("/admin/users/new").with(TestUsers.as(this.jdbc, "admin")).with(csrf())
				.param("username", "admin").param("fullName", "Người Thử Trùng Tên").param("email", "")
				.param("role", "OFFICIAL").param("organisationId", organisation("vp-ubnd-bg").toString())
				.param("password", "mot-mat-khau-rat-bi-mat").param("version", "0"))
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Tên đăng nhập này đã được dùng.");
	}

	@Test
	void aStaleEditGetsTheConflictPage() throws Exception {
		Long id = this.jdbc.queryForObject("select id from app_user where username = 'employer2'", Long.class);
		long version = this.jdbc.queryForObject("select version from app_user where id = ?", Long.class, id);
		this.mvc.perform(post("/admin/users/" + id).with(TestUsers.as(this.jdbc, "admin")).with(csrf())
				.param("username", "employer2").param("fullName", "Trần Đức Mạnh").param("email", "")
				.param("role", "EMPLOYER").param("organisationId", this.jdbc.queryForObject("select organisation_id from app_user where id = ?", Long.class, id).toString())
				.param("version", String.valueOf(version - 1)))
			.andExpect(status().isConflict());
	}

	@Test
	void theAdministratorCannotDisableThemselves() throws Exception {
		Long id = this.jdbc.queryForObject("select id from app_user where username = 'admin'", Long.class);
		this.mvc.perform(post("/admin/users/" + id + "/disable").with(TestUsers.as(this.jdbc, "admin")).with(csrf()))
			.andExpect(flash().attribute("flashError", "user.disable.self"));
		assertThat(this.jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, id)).isTrue();
	}

	@Test
	void aWeakResetPasswordIsRefusedWithAMessage() throws Exception {
		Long id = this.jdbc.queryForObject("select id from app_user where username = 'employer'", Long.class);
		this.mvc.perform(post("/admin/users/" + id + "/password").param("password", "12345678")
				.with(TestUsers.as(this.jdbc, "admin")).with(csrf()))
			.andExpect(flash().attribute("flashError", "password.common"));
	}

	@Test
	void everyUserChangesTheirOwnPasswordAndMismatchesAreCaught() throws Exception {
		String html = this.mvc.perform(post("/account/password").with(TestUsers.as(this.jdbc, "centre-bg")).with(csrf())
				.param("currentPassword", "portal-demo").param("newPassword", "mat-khau-moi-cua-toi")
				.param("confirmPassword", "mat-khau-khac"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Mật khẩu nhập lại không khớp.");
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url).with(TestUsers.as(this.jdbc, "admin"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private Long organisation(String code) {
		return this.jdbc.queryForObject("select id from organisation where code = ?", Long.class, code);
	}

}
