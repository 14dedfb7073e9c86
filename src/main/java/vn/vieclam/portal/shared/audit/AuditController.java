package vn.vieclam.portal.shared.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.vieclam.portal.shared.Formats;

/** The administrators' view of the audit trail, filtered and paged in SQL. */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final NamedParameterJdbcTemplate jdbc;

	AuditController(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/admin/audit")
	String showAudit(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String entity,
			@RequestParam(defaultValue = "") String entityId, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		MapSqlParameterSource params = new MapSqlParameterSource()
			.addValue("actor", actor.strip())
			.addValue("entity", entity.strip())
			.addValue("entityId", entityId.strip())
			.addValue("action", action == null ? "" : action.name())
			.addValue("from", from == null ? null : from.atStartOfDay(Formats.VIETNAM).toOffsetDateTime(),
					java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.addValue("to", to == null ? null : to.plusDays(1).atStartOfDay(Formats.VIETNAM).toOffsetDateTime(),
					java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.addValue("limit", PAGE_SIZE)
			.addValue("offset", (long) Math.max(page, 0) * PAGE_SIZE);
		String where = """
				 where (:actor = '' or actor ilike '%' || :actor || '%')
				   and (:entity = '' or entity_type = :entity)
				   and (:entityId = '' or entity_id = :entityId)
				   and (:action = '' or action = :action)
				   and (cast(:from as timestamptz) is null or occurred_at >= :from)
				   and (cast(:to as timestamptz) is null or occurred_at < :to)""";
		List<AuditRow> rows = this.jdbc.query("select id, occurred_at, actor, action, entity_type, entity_id, "
				+ "changes::text, detail from audit_event " + where + " order by id desc limit :limit offset :offset",
				params, (rs, i) -> new AuditRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
		Long total = this.jdbc.queryForObject("select count(*) from audit_event " + where, params, Long.class);
		Page<AuditRow> result = new PageImpl<>(rows, PageRequest.of(Math.max(page, 0), PAGE_SIZE), total == null ? 0 : total);
		model.addAttribute("events", result);
		model.addAttribute("actor", actor);
		model.addAttribute("entity", entity);
		model.addAttribute("entityId", entityId);
		model.addAttribute("action", action);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("actions", AuditAction.values());
		return "audit/list";
	}

	record AuditRow(long id, java.time.Instant occurredAt, String actor, String action, String entityType,
			String entityId, String changes, String detail) {
	}

}
