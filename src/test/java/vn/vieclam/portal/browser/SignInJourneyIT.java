package vn.vieclam.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.vieclam.portal.TestDatabase;

/** A person signs in as each demo account in a real browser and finds their own home, in Vietnamese. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestDatabase.class)
class SignInJourneyIT {

	/** Demo account → the heading of the home it lands on. */
	static final Map<String, String> HOMES = Map.of(
			"admin", "Quản trị hệ thống",
			"official", "Trang làm việc của cơ quan quản lý",
			"centre-bg", "Trang làm việc của trung tâm dịch vụ việc làm",
			"centre-ls", "Trang làm việc của trung tâm dịch vụ việc làm",
			"employer", "Trang làm việc của doanh nghiệp",
			"employer2", "Trang làm việc của doanh nghiệp");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyDemoAccountSignsInAndSeesItsHome() {
		try (Browser browser = Browser.desktop(this.port)) {
			for (var account : HOMES.entrySet()) {
				browser.signIn(account.getKey(), "portal-demo");
				assertThat(browser.text("h1")).as(account.getKey()).isEqualTo(account.getValue());
				assertThat(browser.pageText()).contains("Đăng xuất");
				browser.signOut();
				assertThat(browser.pageText()).contains("Bạn đã đăng xuất.");
			}
		}
	}

	@Test
	void onAPhoneTheLoginWorksInEnglishTooAndNothingScrollsSideways() {
		try (Browser browser = Browser.phone(this.port)) {
			browser.open("/");
			assertThat(browser.scrollsSideways()).isFalse();
			browser.clickLink("EN");
			assertThat(browser.text("h1")).isEqualTo("Jobs in Bắc Giang for workers from partner provinces");
			browser.signIn("centre-ls", "wrong password");
			assertThat(browser.text("#login-error")).isEqualTo("Wrong user name or password.");
			assertThat(browser.driverValue("username")).isEqualTo("centre-ls");
			browser.signIn("centre-ls", "portal-demo");
			assertThat(browser.text("h1")).isEqualTo("Job centre workspace");
			assertThat(browser.scrollsSideways()).isFalse();
			browser.clickLink("VI");
			assertThat(browser.text("h1")).isEqualTo("Trang làm việc của trung tâm dịch vụ việc làm");
		}
		this.jdbc.update("delete from login_throttle where username_key = 'centre-ls'");
	}

	@Test
	void theAdministratorFindsAPartnerJobCentreWithoutDiacriticsAndDisablesAUser() {
		try (Browser browser = Browser.desktop(this.port)) {
			browser.signIn("admin", "portal-demo");
			browser.clickLink("Cơ quan, tổ chức");
			browser.type("q", "dich vu viec lam cao bang");
			browser.click("form[role=search] button");
			assertThat(browser.pageText()).contains("Trung tâm Dịch vụ việc làm tỉnh Cao Bằng");
			browser.clickLink("Tài khoản");
			browser.clickLink("employer2");
			browser.click("form[action$='/disable'] button");
			assertThat(browser.pageText()).contains("Đã vô hiệu hoá tài khoản");
			browser.click("form[action$='/enable'] button");
			assertThat(browser.pageText()).contains("Đã kích hoạt lại tài khoản.");
			browser.signOut();
		}
	}


	@Test
	void disablingAUserEndsTheSessionTheyHaveOpenInTheirBrowser() {
		try (Browser employer = Browser.phone(this.port); Browser admin = Browser.desktop(this.port)) {
			employer.signIn("employer", "portal-demo");
			assertThat(employer.text("h1")).isEqualTo("Trang làm việc của doanh nghiệp");
			Long id = this.jdbc.queryForObject("select id from app_user where username = 'employer'", Long.class);
			admin.signIn("admin", "portal-demo");
			admin.open("/admin/users/" + id);
			admin.click("form[action$='/disable'] button");
			employer.open("/employer");
			assertThat(employer.path()).isEqualTo("/login");
			employer.signIn("employer", "portal-demo");
			assertThat(employer.text("#login-error")).isEqualTo("Tài khoản này đã bị vô hiệu hoá. Vui lòng liên hệ quản trị viên.");
			admin.click("form[action$='/enable'] button");
			employer.signIn("employer", "portal-demo");
			assertThat(employer.text("h1")).isEqualTo("Trang làm việc của doanh nghiệp");
		}
	}

}
