package vn.vieclam.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.vieclam.portal.PortalTest;

/**
 * Defaults: after 3 failures each attempt waits 10 s; after 6 the name is locked for 15 minutes. Time
 * passing is simulated by moving the recorded timestamps back, as the clock would.
 */
@PortalTest
class LoginThrottleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void forget() {
		this.jdbc.update("delete from login_throttle where username_key in ('centre-ls', 'khong-ton-tai')");
	}

	@Test
	void repeatedFailuresAreSlowedThenLockedThenUnlockedByTime() throws Exception {
		fail("centre-ls", "credentials");
		fail("centre-ls", "credentials");
		fail("centre-ls", "credentials");
		// The fourth attempt comes too soon: refused without even checking the password, right or not.
		attempt("centre-ls", "portal-demo", "/login?error=slowed");
		assertThat(failures("centre-ls")).isEqualTo(3);
		passTime("centre-ls", 11);
		fail("centre-ls", "credentials");
		passTime("centre-ls", 11);
		fail("centre-ls", "credentials");
		passTime("centre-ls", 11);
		fail("centre-ls", "credentials"); // sixth failure: locked
		attempt("centre-ls", "portal-demo", "/login?error=locked");
		// Fifteen minutes later the lock has run out and the right password works again.
		this.jdbc.update("""
				update login_throttle set locked_until = now() - interval '1 second',
				       last_failure_at = now() - interval '16 minutes' where username_key = 'centre-ls'""");
		attempt("centre-ls", "portal-demo", "/centre");
		assertThat(failures("centre-ls")).isNull();
	}

	@Test
	void unknownNamesAreThrottledTheSameSoTheAnswerRevealsNothing() throws Exception {
		for (int i = 0; i < 3; i++) {
			fail("khong-ton-tai", "credentials");
		}
		attempt("khong-ton-tai", "bat-ky", "/login?error=slowed");
	}

	@Test
	void theLoginPageSaysHowLongToWaitAndKeepsTheName() throws Exception {
		for (int i = 0; i < 3; i++) {
			fail("centre-ls", "credentials");
		}
		// Sessions live in PostgreSQL (Spring Session): the browser carries them by cookie.
		jakarta.servlet.http.Cookie cookie = this.mvc
			.perform(post("/login").param("username", "centre-ls").param("password", "x").with(csrf()))
			.andExpect(redirectedUrl("/login?error=slowed"))
			.andReturn().getResponse().getCookie("PORTAL_SESSION");
		String page = this.mvc.perform(get("/login").param("error", "slowed").cookie(cookie))
			.andReturn().getResponse().getContentAsString();
		org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(page);
		assertThat(document.getElementById("login-error").text()).startsWith("Bạn đã nhập sai nhiều lần. Vui lòng chờ");
		assertThat(document.getElementById("username").val()).isEqualTo("centre-ls");
	}

	private void fail(String username, String reason) throws Exception {
		attempt(username, "mat-khau-sai-" + username, "/login?error=" + reason);
	}

	private void attempt(String username, String password, String expectedRedirect) throws Exception {
		this.mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andExpect(redirectedUrl(expectedRedirect));
	}

	private void passTime(String username, int seconds) {
		this.jdbc.update("update login_throttle set last_failure_at = last_failure_at - make_interval(secs => ?) "
				+ "where username_key = ?", seconds, username);
	}

	private Integer failures(String username) {
		return this.jdbc.query("select failures from login_throttle where username_key = ?",
				rs -> rs.next() ? rs.getInt(1) : null, username);
	}

}
