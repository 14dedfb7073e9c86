package vn.vieclam.portal.account;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in users for MockMvc, as the demo accounts are (read from the database, not made up). */
public final class TestUsers {

	private TestUsers() {
	}

	public static RequestPostProcessor as(JdbcTemplate jdbc, String username) {
		PortalUser user = jdbc.queryForObject("""
				select id, username, full_name, role, organisation_id, enabled from app_user where username = ?""",
				(rs, i) -> new PortalUser(rs.getLong(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
						rs.getLong(5), rs.getBoolean(6), "n/a"),
				username);
		return SecurityMockMvcRequestPostProcessors.user(user);
	}

}
