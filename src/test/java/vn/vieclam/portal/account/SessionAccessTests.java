package vn.vieclam.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.QueryCounter;

/**
 * A session's row is rewritten only when something in it changed or its last access moved by a minute: a member of
 * staff opening pages one after another does not write to the database with each of them (a page that changes
 * nothing in its session runs only the read), and what matters — the signed-in user, a new session id, the
 * attributes, the expiry once a minute — is still kept.
 */
@PortalTest
class SessionAccessTests {

	@Autowired
	SessionRepository<? extends Session> repository;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	SessionRepository<Session> sessions;

	Session created;

	Instant start;

	@BeforeEach
	@SuppressWarnings("unchecked")
	void aSavedSession() {
		this.sessions = (SessionRepository<Session>) this.repository;
		this.created = this.sessions.createSession();
		this.start = this.created.getLastAccessedTime();
		this.sessions.save(this.created);
	}

	@AfterEach
	void removeIt() {
		this.sessions.deleteById(this.created.getId());
	}

	@Test
	void aRequestWithinTheMinuteLeavesTheRowAsItWas() {
		Session next = this.sessions.findById(this.created.getId());
		next.setLastAccessedTime(this.start.plusSeconds(30));
		this.sessions.save(next);

		assertThat(stored(this.created.getId()).get("last_access_time")).isEqualTo(this.start.toEpochMilli());
		assertThat(this.sessions.findById(this.created.getId())).as("still valid").isNotNull();
	}

	@Test
	void aRequestAMinuteLaterRecordsTheAccessAndMovesTheExpiry() {
		Session later = this.sessions.findById(this.created.getId());
		Instant minuteLater = this.start.plusSeconds(61);
		later.setLastAccessedTime(minuteLater);
		this.sessions.save(later);

		Map<String, Object> row = stored(this.created.getId());
		assertThat(row.get("last_access_time")).isEqualTo(minuteLater.toEpochMilli());
		assertThat(row.get("expiry_time"))
			.isEqualTo(minuteLater.plus(later.getMaxInactiveInterval()).toEpochMilli());
	}

	@Test
	void signingInWithinTheMinuteIsKept() {
		Session next = this.sessions.findById(this.created.getId());
		next.setLastAccessedTime(this.start.plusSeconds(5));
		next.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "centre-ls");
		String newId = next.changeSessionId();
		this.sessions.save(next);

		Map<String, Object> row = stored(newId);
		assertThat(row.get("principal_name")).isEqualTo("centre-ls");
		assertThat(((String) row.get("session_id")).trim()).isEqualTo(newId);
		assertThat(this.sessions.findById(newId).<String>getAttribute(
				FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME)).isEqualTo("centre-ls");
		this.created = this.sessions.findById(newId);
	}

	@Test
	void aLongerTimeoutWithinTheMinuteIsKept() {
		Session next = this.sessions.findById(this.created.getId());
		next.setLastAccessedTime(this.start.plusSeconds(5));
		next.setMaxInactiveInterval(Duration.ofHours(9));
		this.sessions.save(next);

		assertThat(stored(this.created.getId()).get("max_inactive_interval")).isEqualTo(9 * 3600);
	}

	@Test
	void aSignedInPageReadsItsSessionOnceAndArrivesWhole() throws Exception {
		Cookie session = this.mvc.perform(post("/login").param("username", "centre-ls").param("password", "portal-demo")
				.with(csrf())).andReturn().getResponse().getCookie("PORTAL_SESSION");

		// the first page after signing in keeps the form token that signing in replaced; the next changes nothing
		this.mvc.perform(get("/candidates").cookie(session));
		QueryCounter.reset();
		var page = this.mvc.perform(get("/candidates").cookie(session)).andReturn().getResponse();

		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Tìm thấy").endsWith("</html>\n");
		assertThat(QueryCounter.countContaining("from spring_session s")).as("reads of the session").isEqualTo(1);
		assertThat(QueryCounter.countContaining("spring_session")).as("statements on the sessions").isEqualTo(1);
	}

	private Map<String, Object> stored(String sessionId) {
		return this.jdbc.queryForMap("select session_id, last_access_time, max_inactive_interval, expiry_time, "
				+ "principal_name from spring_session where session_id = ?", sessionId);
	}

}
