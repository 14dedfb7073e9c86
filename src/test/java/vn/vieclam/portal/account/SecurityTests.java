package vn.vieclam.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.vieclam.portal.DemoCodes;
import vn.vieclam.portal.PortalTest;

@PortalTest
class SecurityTests {

	/** Each demo account, the home its role lands on. */
	static final Map<String, String> HOMES = Map.of("admin", "/admin", "official", "/official", "centre-bg", "/centre",
			"centre-ls", "/centre", "employer", "/employer", "employer2", "/employer");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin/users", "/official", "/centre", "/employer", "/account/password", "/home" })
	void anonymousVisitorsAreSentToTheLoginPage(String page) throws Exception {
		this.mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/login", "/actuator/health", "/css/portal.css", "/favicon.svg" })
	void publicPagesOpenWithoutSigningIn(String page) throws Exception {
		this.mvc.perform(get(page)).andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "official", "centre-bg", "centre-ls", "employer", "employer2" })
	void eachRoleReachesItsHomeAndIsRefusedTheOthers(String username) throws Exception {
		String own = HOMES.get(username);
		this.mvc.perform(get(own).with(TestUsers.as(this.jdbc, username))).andExpect(status().isOk());
		for (String other : new String[] { "/admin", "/admin/users", "/admin/audit", "/official", "/centre", "/employer" }) {
			if (!other.startsWith(own)) {
				this.mvc.perform(get(other).with(TestUsers.as(this.jdbc, username))).andExpect(status().isForbidden());
			}
		}
	}

	@Test
	void signingInLandsOnTheRolesHome() throws Exception {
		for (var entry : HOMES.entrySet()) {
			boolean secondFactor = entry.getKey().equals("admin") || entry.getKey().equals("official");
			var password = this.mvc
				.perform(post("/login").param("username", entry.getKey()).param("password", "portal-demo").with(csrf()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl(secondFactor ? "/login/code" : entry.getValue()))
				.andReturn();
			if (secondFactor) {
				this.mvc.perform(post("/login/code").param("code", DemoCodes.next(entry.getKey()))
						.cookie(password.getResponse().getCookie("PORTAL_SESSION")).with(csrf()))
					.andExpect(redirectedUrl(entry.getValue()));
			}
		}
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteAndTheIdChangesAtSignIn() throws Exception {
		var anonymous = this.mvc.perform(get("/login").param("lang", "vi")).andReturn().getResponse();
		var before = this.mvc.perform(post("/login").param("username", "nobody-" + System.nanoTime()).param("password", "x")
				.with(csrf())).andReturn().getResponse();
		String cookie = before.getHeader("Set-Cookie");
		assertThat(cookie).contains("PORTAL_SESSION=").contains("HttpOnly").contains("SameSite=Lax");
		jakarta.servlet.http.Cookie session = before.getCookie("PORTAL_SESSION");
		var after = this.mvc.perform(post("/login").param("username", "centre-bg").param("password", "portal-demo")
				.cookie(session).with(csrf())).andReturn().getResponse();
		assertThat(after.getCookie("PORTAL_SESSION").getValue()).isNotEqualTo(session.getValue());
		assertThat(anonymous.getStatus()).isEqualTo(200);
	}

	@Test
	void aWrongPasswordGoesBackToTheFormWithAReason() throws Exception {
		this.mvc.perform(post("/login").param("username", "employer2").param("password", "sai-mat-khau").with(csrf()))
			.andExpect(redirectedUrl("/login?error=credentials"));
		this.jdbc.update("delete from login_throttle where username_key = 'employer2'");
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/login").param("username", "admin").param("password", "portal-demo"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/users/new").with(TestUsers.as(this.jdbc, "admin")).param("username", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void logoutIsAPostAndEndsTheSession() throws Exception {
		this.mvc.perform(post("/logout").with(TestUsers.as(this.jdbc, "official")).with(csrf()))
			.andExpect(redirectedUrl("/?loggedOut"));
	}

	@Test
	void everyPageCarriesSecurityHeadersAndACspWithoutExternalHosts() throws Exception {
		for (String page : new String[] { "/", "/login", "/no-such-page" }) {
			String csp = this.mvc.perform(get(page))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andReturn().getResponse().getHeader("Content-Security-Policy");
			assertThat(csp).contains("default-src 'self'").contains("script-src 'self'").doesNotContain("http");
		}
	}

	@Test
	void theLoginPageIsVietnameseByDefaultAndEnglishOnRequest() throws Exception {
		this.mvc.perform(get("/login")).andExpect(content().string(org.hamcrest.Matchers.containsString("Tên đăng nhập")));
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("User name")))
			.andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.containsString("PORTAL_LANG=en")));
	}

	@Test
	void failedAndSuccessfulSignInsAreAuditedWithTheUserNameButNeverThePassword() throws Exception {
		long before = this.jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
		String wrong = "Sai-Mat-Khau-" + System.nanoTime();
		this.mvc.perform(post("/login").param("username", "employer2").param("password", wrong).with(csrf()));
		this.mvc.perform(post("/login").param("username", "employer2").param("password", "portal-demo").with(csrf()));
		var events = this.jdbc.queryForList("""
				select actor, action, coalesce(detail, '') || coalesce(changes::text, '') as text
				from audit_event where id > ? and action in ('LOGIN', 'LOGIN_FAILED') order by id""", before);
		assertThat(events).extracting(e -> e.get("action")).containsExactly("LOGIN_FAILED", "LOGIN");
		assertThat((String) events.get(0).get("text")).contains("employer2");
		assertThat(events.get(1).get("actor")).isEqualTo("employer2");
		Long mentions = this.jdbc.queryForObject("""
				select count(*) from audit_event where id > ?
				  and (coalesce(detail, '') || coalesce(changes::text, '') || actor) like any (array[?, ?])""", Long.class,
				before, "%" + wrong + "%", "%portal-demo%");
		assertThat(mentions).isZero();
	}

}
