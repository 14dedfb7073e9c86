package vn.vieclam.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.MockMvc;

import vn.vieclam.portal.DemoCodes;
import vn.vieclam.portal.PortalTest;

/** Two-step sign-in as a user sees it: the code step, enrolment, recovery codes, replay, reset. */
@PortalTest
class MfaTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Mfa mfa;

	@Test
	void anOfficialIsNotSignedInUntilTheCodeAndAWrongCodeIsRefusedBesideTheField() throws Exception {
		Session session = password("official", "/login/code");
		session.perform(get("/official")).andExpect(redirectedUrl("/login"));

		String wrong = wrongCode();
		Document page = page(session.perform(post("/login/code").param("code", wrong).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.getElementById("code-error").text()).startsWith("Mã không đúng, đã hết hạn hoặc đã được dùng");
		assertThat(page.getElementById("code").val()).isEqualTo(wrong);
		assertThat(failures("official")).as("a wrong code counts toward the sign-in throttle").isEqualTo(1);
		session.perform(get("/official")).andExpect(redirectedUrl("/login"));

		// back to the page that asked for the sign-in
		session.perform(post("/login/code").param("code", DemoCodes.next("official")).with(csrf()))
			.andExpect(redirectedUrl("http://localhost/official?continue"));
		session.perform(get("/official")).andExpect(status().isOk());
		assertThat(failures("official")).isZero();
		String detail = this.jdbc.queryForObject(
				"select detail from audit_event where action = 'MFA_FAILED' order by id desc limit 1", String.class);
		assertThat(detail).contains("official").doesNotContain(wrong);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'MFA_OK'", Integer.class))
			.isPositive();
	}

	@Test
	void aCodeThatSignedInOnceIsRefusedTheSecondTime() throws Exception {
		String code = DemoCodes.next("admin");
		Session first = password("admin", "/login/code");
		first.perform(post("/login/code").param("code", code).with(csrf()))
			.andExpect(redirectedUrl("/admin"));
		Session second = password("admin", "/login/code");
		Document page = page(second.perform(post("/login/code").param("code", code).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.getElementById("code-error").text()).startsWith("Mã không đúng");
		second.perform(get("/admin")).andExpect(redirectedUrl("/login"));
		this.jdbc.update("delete from login_throttle where username_key = 'admin'");
	}

	@Test
	void anOfficialWithoutASecondFactorMustEnrolBeforeAnythingElseAfterAnAdministratorsReset() throws Exception {
		Long id = this.jdbc.queryForObject("select id from app_user where username = 'official-ld'", Long.class);
		try {
			this.mvc.perform(post("/admin/users/" + id + "/mfa/reset").with(TestUsers.as(this.jdbc, "admin")).with(csrf()))
				.andExpect(redirectedUrl("/admin/users/" + id));
			assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'MFA_RESET' and entity_id = ?",
					Integer.class, id.toString())).isEqualTo(1);

			Session session = password("official-ld", "/login/enrol");
			session.perform(get("/official")).andExpect(redirectedUrl("/login"));
			session.perform(get("/login/code")).andExpect(redirectedUrl("/login/enrol"));
			Document enrol = page(session.perform(get("/login/enrol")).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString());
			assertThat(enrol.getElementById("mfa-required")).isNotNull();
			String qr = enrol.getElementById("mfa-qr").attr("src");
			assertThat(qr).startsWith("data:image/svg+xml;base64,");
			assertThat(new String(java.util.Base64.getDecoder().decode(qr.substring(qr.indexOf(',') + 1)),
					java.nio.charset.StandardCharsets.UTF_8)).startsWith("<svg").contains("<path fill=\"#000\" d=\"M");
			String secret = enrol.getElementById("mfa-secret").text().replace(" ", "");

			Document refused = page(session.perform(post("/login/enrol").param("code", "12345").with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
			assertThat(refused.getElementById("code-error").text()).startsWith("Mã không đúng");
			assertThat(refused.getElementById("mfa-secret").text().replace(" ", "")).isEqualTo(secret);

			String code = Totp.code(secret, Totp.step(Instant.now()));
			Document codes = page(session.perform(post("/login/enrol").param("code", code).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
			assertThat(codes.select("#recovery-codes li")).hasSize(10);
			assertThat(codes.getElementById("mfa-continue").attr("href")).isEqualTo("http://localhost/official?continue");
			session.perform(get("/official")).andExpect(status().isOk());
			assertThat(this.jdbc.queryForObject("select mfa_secret from app_user where id = ?", String.class, id))
				.startsWith("v1:").doesNotContain(secret);
		}
		finally {
			this.jdbc.update("update app_user set mfa_secret = null, mfa_enrolled_at = null, mfa_last_step = null where id = ?", id);
			this.mfa.enrolDemoAccounts(DemoCodes.SECRET);
		}
	}

	@Test
	void anEmployerMayTurnItOnUseARecoveryCodeOnceAndTurnItOff() throws Exception {
		try {
			this.mvc.perform(post("/login").param("username", "employer2").param("password", "portal-demo").with(csrf()))
				.andExpect(redirectedUrl("/employer"));
			Session account = new Session();
			Document enrol = page(account.perform(get("/account/mfa").with(TestUsers.as(this.jdbc, "employer2")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
			assertThat(enrol.getElementById("mfa-required")).isNull();
			String secret = enrol.getElementById("mfa-secret").text().replace(" ", "");
			long step = Totp.step(Instant.now());
			Document shown = page(account.perform(post("/account/mfa/enrol").param("code", Totp.code(secret, step))
				.with(TestUsers.as(this.jdbc, "employer2")).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
			List<String> codes = shown.select("#recovery-codes li").eachText();
			assertThat(codes).hasSize(10).doesNotHaveDuplicates();

			Session withRecovery = password("employer2", "/login/code");
			withRecovery.perform(post("/login/code").param("code", codes.get(0)).with(csrf()))
				.andExpect(redirectedUrl("/employer"));
			Session again = password("employer2", "/login/code");
			again.perform(post("/login/code").param("code", codes.get(0)).with(csrf()))
				.andExpect(status().isOk());
			assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'MFA_RECOVERY_USED'",
					Integer.class)).isPositive();

			Document status = page(account.perform(get("/account/mfa").with(TestUsers.as(this.jdbc, "employer2")))
				.andReturn().getResponse().getContentAsString());
			assertThat(status.getElementById("mfa-status").text()).contains("Còn 9 mã khôi phục");
			this.mvc.perform(post("/account/mfa/disable").param("code", Totp.code(secret, step + 1))
				.with(TestUsers.as(this.jdbc, "employer2")).with(csrf()))
				.andExpect(redirectedUrl("/account/mfa"));
			this.mvc.perform(post("/login").param("username", "employer2").param("password", "portal-demo").with(csrf()))
				.andExpect(redirectedUrl("/employer"));
		}
		finally {
			this.jdbc.update("update app_user set mfa_secret = null, mfa_enrolled_at = null, mfa_last_step = null "
					+ "where username = 'employer2'");
			this.jdbc.update("delete from login_throttle where username_key = 'employer2'");
		}
	}

	@Test
	void anOfficialMayNotTurnItOff() throws Exception {
		Document page = page(this.mvc.perform(post("/account/mfa/disable").param("code", "000000")
			.with(TestUsers.as(this.jdbc, "official-kcn")).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.getElementById("disable-code")).as("no turn-off form for a required role").isNull();
		assertThat(this.mfa.enrolled(this.jdbc.queryForObject("select id from app_user where username = 'official-kcn'",
				Long.class))).isTrue();
	}

	private Session password(String username, String next) throws Exception {
		Session session = new Session();
		session.perform(post("/login").param("username", username).param("password", "portal-demo").with(csrf()))
			.andExpect(redirectedUrl(next));
		return session;
	}

	/** Sessions live in PostgreSQL behind the PORTAL_SESSION cookie; this follows it (the id changes at sign-in). */
	private final class Session {

		private Cookie cookie;

		ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
			if (this.cookie != null) {
				request.cookie(this.cookie);
			}
			ResultActions result = MfaTests.this.mvc.perform(request);
			Cookie next = result.andReturn().getResponse().getCookie("PORTAL_SESSION");
			if (next != null) {
				this.cookie = next;
			}
			return result;
		}

	}

	private int failures(String username) {
		List<Integer> rows = this.jdbc.queryForList("select failures from login_throttle where username_key = ?",
				Integer.class, username);
		return rows.isEmpty() ? 0 : rows.get(0);
	}

	private static String wrongCode() {
		long step = Totp.step(Instant.now());
		for (int n = 0;; n++) {
			String candidate = String.format("%06d", n);
			boolean valid = false;
			for (long s = step - 1; s <= step + 2; s++) {
				valid |= candidate.equals(Totp.code(DemoCodes.SECRET, s));
			}
			if (!valid) {
				return candidate;
			}
		}
	}

	private static Document page(String html) {
		return Jsoup.parse(html);
	}

}
