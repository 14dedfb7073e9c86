package vn.vieclam.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import vn.vieclam.portal.PortalTest;

/**
 * Two requests of one session at once — a worker opening two tabs together — each load the session, each add the
 * same attribute and each save it. Both saves succeed, and the later one's value is kept (before the upsert, the
 * second save's INSERT broke the primary key and that request answered an error).
 */
@PortalTest
class SessionAttributesTests {

	/** The portal's repository: sessions in PostgreSQL (Spring Session JDBC). */
	@Autowired
	SessionRepository<? extends Session> repository;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@SuppressWarnings("unchecked")
	void twoRequestsOfOneSessionAddingTheSameAttributeBothSucceed() {
		SessionRepository<Session> sessions = (SessionRepository<Session>) this.repository;
		Session created = sessions.createSession();
		sessions.save(created);
		Session firstTab = sessions.findById(created.getId());
		Session secondTab = sessions.findById(created.getId());

		firstTab.setAttribute("portal.lastList", "/candidates?page=2");
		secondTab.setAttribute("portal.lastList", "/candidates?page=3");
		sessions.save(firstTab);
		sessions.save(secondTab);

		assertThat(this.jdbc.queryForObject("select count(*) from spring_session_attributes a "
				+ "join spring_session s on s.primary_id = a.session_primary_id "
				+ "where s.session_id = ? and a.attribute_name = 'portal.lastList'", Integer.class, created.getId()))
			.as("one row of the attribute, in PostgreSQL").isEqualTo(1);
		assertThat(sessions.findById(created.getId()).<String>getAttribute("portal.lastList"))
			.isEqualTo("/candidates?page=3");
		sessions.deleteById(created.getId());
	}

}
