package vn.vieclam.portal.shared.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit trail: who did what to which record, and when (UTC). Changes to entities are
 * recorded automatically ({@link EntityChangeAuditor}); modules record views of personal data and
 * other events through this service.
 */
@Service
public class AuditLog {

	static final String INSERT = """
			insert into audit_event (actor, action, entity_type, entity_id, changes, detail)
			values (?, ?, ?, ?, cast(? as jsonb), ?)""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	AuditLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Somebody opened a record holding personal data (a candidate's full record, say). */
	public void recordView(String entityType, Object entityId, String detail) {
		record(AuditAction.VIEW, entityType, entityId, null, detail);
	}

	public void record(AuditAction action, String entityType, Object entityId, Map<String, ?> changes, String detail) {
		this.jdbc.update(INSERT, currentActor(), action.name(), entityType, entityId == null ? null : entityId.toString(),
				changes == null ? null : JSON.writeValueAsString(changes), truncate(detail));
	}

	/** Used inside Hibernate's flush, on the session's own connection, so the row shares the transaction. */
	static void insert(Connection connection, AuditAction action, String entityType, Object entityId,
			Map<String, ?> changes) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
			statement.setString(1, currentActor());
			statement.setString(2, action.name());
			statement.setString(3, entityType);
			statement.setString(4, entityId == null ? null : entityId.toString());
			if (changes == null) {
				statement.setNull(5, Types.VARCHAR);
			}
			else {
				statement.setString(5, JSON.writeValueAsString(changes));
			}
			statement.setNull(6, Types.VARCHAR);
			statement.executeUpdate();
		}
	}

	static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return "system";
		}
		return authentication.getName();
	}

	private static String truncate(String detail) {
		return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
	}

}
