package vn.vieclam.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.vieclam.portal.DemoCodes;
import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.Role;
import vn.vieclam.portal.account.TestUsers;

@PortalTest
class AuditTests {

	@Autowired
	private JdbcConnectionDetails connection;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Test
	void creatingAndEditingRecordsWhoWhenAndWhichFieldsChanged() throws Exception {
		String location = this.mvc.perform(post("/admin/organisations/new").with(TestUsers.as(this.jdbc, "admin")).with(csrf())
				.param("code", "bao-lang-son-test").param("name", "Báo Lạng Sơn (thử)").param("kind", "NEWSPAPER")
				.param("active", "true").param("version", "0"))
			.andReturn().getResponse().getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		this.mvc.perform(post("/admin/organisations/" + id).with(TestUsers.as(this.jdbc, "admin")).with(csrf())
				.param("code", "bao-lang-son-test").param("name", "Báo Lạng Sơn (đã sửa)").param("phone", "0205 3812 345")
				.param("kind", "NEWSPAPER").param("active", "true").param("version", "0"))
			.andExpect(status().isFound());

		Map<String, Object> created = this.jdbc.queryForMap(
				"select actor, changes->>'name' as name, occurred_at from audit_event where action = 'CREATE' "
						+ "and entity_type = 'Organisation' and entity_id = ?", id);
		assertThat(created.get("actor")).isEqualTo("admin");
		assertThat(created.get("name")).isEqualTo("Báo Lạng Sơn (thử)");
		Map<String, Object> updated = this.jdbc.queryForMap(
				"select actor, changes::text as changes from audit_event where action = 'UPDATE' "
						+ "and entity_type = 'Organisation' and entity_id = ?", id);
		assertThat((String) updated.get("changes")).contains("\"name\": [\"Báo Lạng Sơn (thử)\", \"Báo Lạng Sơn (đã sửa)\"]")
			.contains("\"phone\": [null, \"0205 3812 345\"]")
			.doesNotContain("kind");

		String page = this.mvc.perform(get("/admin/audit").param("entity", "Organisation").param("entityId", id)
				.with(TestUsers.as(this.jdbc, "admin"))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Báo Lạng Sơn (đã sửa)").contains("Tìm thấy 2 kết quả");
	}

	@Test
	void passwordHashesNeverReachTheAuditTrail() throws Exception {
		Long id = this.accounts.create(new Accounts.NewUser("kiem.toan", "Kiểm Toán", null,
				Role.OFFICIAL,
				this.jdbc.queryForObject("select id from organisation where code = 'bqlkcn-bg'", Long.class),
				"mat-khau-ban-dau-dai"));
		this.mvc.perform(post("/admin/users/" + id + "/password").param("password", "mot-mat-khau-moi-rat-dai")
				.with(TestUsers.as(this.jdbc, "admin")).with(csrf()));
		String changes = this.jdbc.queryForObject("""
				select changes::text from audit_event where entity_type = 'UserAccount' and entity_id = ?
				and action = 'UPDATE' order by id desc limit 1""", String.class, id.toString());
		assertThat(changes).contains("\"passwordHash\": [\"***\", \"***\"]").doesNotContain("argon2");
	}

	@Test
	void theApplicationsOwnConnectionMayAppendToTheTrailButNotChangeIt() {
		assertThat(this.jdbc.queryForObject("select current_user", String.class)).isEqualTo("portal_app");
		this.jdbc.update("insert into audit_event (actor, action, entity_type) values ('test', 'VIEW', 'Test')");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Test'",
				Integer.class)).isPositive();
		for (String change : new String[] { "update audit_event set actor = 'someone-else'", "delete from audit_event",
				"truncate audit_event" }) {
			assertThatThrownBy(() -> this.jdbc.update(change)).as(change)
				.isInstanceOfSatisfying(DataAccessException.class, ex -> {
					SQLException cause = (SQLException) ex.getMostSpecificCause();
					assertThat(cause.getSQLState()).isEqualTo("42501"); // insufficient_privilege, before any trigger
					assertThat(cause.getMessage()).contains("permission denied for table audit_event");
				});
		}
	}

	@Test
	void evenTheSchemaOwnerIsStoppedByTheTrigger() throws SQLException {
		try (Connection owner = DriverManager.getConnection(this.connection.getJdbcUrl(),
				this.connection.getUsername(), this.connection.getPassword());
				Statement statement = owner.createStatement()) {
			assertThatThrownBy(() -> statement.executeUpdate("update audit_event set actor = 'someone-else'"))
				.hasMessageContaining("append-only");
			assertThatThrownBy(() -> statement.executeUpdate("delete from audit_event"))
				.hasMessageContaining("append-only");
		}
	}

	@Test
	void signInsAndFailedSignInsAreAuditedWithoutPasswords() throws Exception {
		var password = this.mvc.perform(post("/login").param("username", "official").param("password", "portal-demo")
				.with(csrf())).andReturn();
		String code = DemoCodes.next("official");
		this.mvc.perform(post("/login/code").param("code", code).with(csrf())
				.cookie(password.getResponse().getCookie("PORTAL_SESSION")));
		this.mvc.perform(post("/login").param("username", "official").param("password", "bi-mat-123").with(csrf()));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN' and actor = 'official'",
				Integer.class)).isPositive();
		String detail = this.jdbc.queryForObject(
				"select detail from audit_event where action = 'LOGIN_FAILED' order by id desc limit 1", String.class);
		assertThat(detail).contains("official").doesNotContain("bi-mat-123");
		assertThat(this.jdbc.queryForList("select coalesce(detail, '') from audit_event where action like 'MFA%'",
				String.class)).noneMatch(d -> d.contains(code));
		this.jdbc.update("delete from login_throttle where username_key = 'official'");
	}

}
