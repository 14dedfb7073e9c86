package vn.vieclam.portal.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.Role;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.NotFoundException;

/**
 * Assigned work as each organisation sees it: officials see every task and commitment, a job centre only its
 * own; only the responsible organisation's users report progress (others get 404). A final report marks a
 * one-off item done on the day it is filed.
 */
@Service
@Transactional
public class Tasks {

	/** Items due within this many days are reminded. */
	public static final int REMIND_DAYS = 7;

	private final TaskQueries queries;

	private final NamedParameterJdbcTemplate jdbc;

	private final PlanTaskRepository tasks;

	private final CommitmentRepository commitments;

	private final ProgressReportRepository reports;

	private final TaskExport export;

	Tasks(TaskQueries queries, NamedParameterJdbcTemplate jdbc, PlanTaskRepository tasks, CommitmentRepository commitments,
			ProgressReportRepository reports, TaskExport export) {
		this.queries = queries;
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.commitments = commitments;
		this.reports = reports;
		this.export = export;
	}

	/** The filter as the user may apply it: a job centre's is always its own organisation. */
	public ItemFilter scoped(PortalUser user, Long organisationId, ItemStatus status, Long planId,
			java.time.YearMonth month, ItemKind kind, LocalDate today) {
		return new ItemFilter(scopeOf(user), organisationId, status, planId, month, kind, today);
	}

	@Transactional(readOnly = true)
	public Page<ItemRow> list(ItemFilter filter, Pageable pageable) {
		return this.queries.page(filter, pageable);
	}

	@Transactional(readOnly = true)
	public void export(ItemFilter filter, Locale locale, OutputStream out) throws IOException {
		this.export.write(filter, locale, out);
	}

	/** What is overdue or due within {@link #REMIND_DAYS} days, for the user's scope. */
	@Transactional(readOnly = true)
	public List<ItemRow> reminders(PortalUser user, LocalDate today) {
		return this.queries.list(new ItemFilter(scopeOf(user), null, null, null, null, null, today),
				today.plusDays(REMIND_DAYS), 500);
	}

	/** Overdue items of one organisation (and the bodies it succeeded), most urgent first. */
	@Transactional(readOnly = true)
	public List<ItemRow> overdueOf(Long organisationId, LocalDate today, int limit) {
		return this.queries.list(new ItemFilter(organisationId, null, ItemStatus.OVERDUE, null, null, null, today), null,
				limit);
	}

	/** Open items of one organisation (and the bodies it succeeded) overdue or due within the reminder days. */
	@Transactional(readOnly = true)
	public List<ItemRow> dueOf(Long organisationId, LocalDate today, int limit) {
		return this.queries.list(new ItemFilter(organisationId, null, null, null, null, null, today),
				today.plusDays(REMIND_DAYS), limit);
	}

	@Transactional(readOnly = true)
	public Page<ItemRow> overdue(LocalDate today, Pageable pageable) {
		return this.queries.page(new ItemFilter(null, null, ItemStatus.OVERDUE, null, null, null, today), pageable);
	}

	@Transactional(readOnly = true)
	public ItemView item(PortalUser user, ItemKind kind, Long id, LocalDate today) {
		ItemRow row = find(kind, id, today, scopeOf(user));
		String description = null;
		String sourceLink;
		List<String> partners = List.of();
		TaskCompliance compliance = null;
		if (kind == ItemKind.TASK) {
			Map<String, Object> t = this.jdbc.queryForMap("""
					select t.description, t.recurrence_start, t.recurrence_end, t.min_per_period, t.counts,
					       array(select o.name from plan_task_partner tp join organisation o on o.id = tp.organisation_id
					             where tp.task_id = t.id order by o.name) as partners,
					       case t.counts when 'CAMPAIGNS' then array(select c.published_on from media_campaign c where c.task_id = t.id)
					            else array(select r.reported_on from progress_report r where r.task_id = t.id) end as events
					from plan_task t where t.id = :id""", new MapSqlParameterSource("id", id));
			description = (String) t.get("description");
			partners = List.of(strings(t.get("partners")));
			sourceLink = "/plans/" + row.planId();
			if (row.recurrence() != Recurrence.NONE) {
				List<LocalDate> events = new ArrayList<>();
				for (Object d : objects(t.get("events"))) {
					events.add(((Date) d).toLocalDate());
				}
				LocalDate end = t.get("recurrence_end") == null ? null : ((Date) t.get("recurrence_end")).toLocalDate();
				int min = ((Number) t.get("min_per_period")).intValue();
				compliance = new TaskCompliance(row, min, PeriodCounts.valueOf((String) t.get("counts")), row.recurrence(),
						StatusRules.periods(row.recurrence(), ((Date) t.get("recurrence_start")).toLocalDate(), end, min, events,
								today));
			}
		}
		else {
			sourceLink = "/notices/" + row.noticeId();
		}
		return new ItemView(row, description, sourceLink, partners, compliance, reportsOf(kind, id),
				responsible(user, row.organisationId()));
	}

	/**
	 * The responsible organisation reports progress; {@code done} closes a one-off item today. Anyone else gets
	 * 404, as if the item did not exist.
	 */
	public Long report(PortalUser user, ItemKind kind, Long id, String text, boolean done,
			List<EvidenceFiles.Checked> files, LocalDate today) {
		ItemRow row = find(kind, id, today, null);
		if (!responsible(user, row.organisationId())) {
			throw new NotFoundException(kind.name(), id);
		}
		if (text == null || text.isBlank()) {
			throw DomainException.onField("text", "NotBlank");
		}
		ProgressReport report = new ProgressReport(kind, id, user.organisationId(), user.id(), today, text.strip(), done);
		files.forEach(report::attach);
		this.reports.save(report);
		if (done) {
			if (kind == ItemKind.TASK) {
				this.tasks.findById(id).orElseThrow().markDone(today);
			}
			else {
				this.commitments.findById(id).orElseThrow().markDone(today);
			}
		}
		return report.getId();
	}

	/** An evidence file, for whoever may see its item. */
	@Transactional(readOnly = true)
	public Download evidence(PortalUser user, Long fileId, LocalDate today) {
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				select f.file_name, f.content_type, f.content, r.task_id, r.commitment_id
				from evidence_file f join progress_report r on r.id = f.report_id where f.id = :id""",
				new MapSqlParameterSource("id", fileId));
		if (rows.isEmpty()) {
			throw new NotFoundException("evidence", fileId);
		}
		Map<String, Object> f = rows.get(0);
		ItemKind kind = f.get("task_id") != null ? ItemKind.TASK : ItemKind.COMMITMENT;
		Long itemId = ((Number) (kind == ItemKind.TASK ? f.get("task_id") : f.get("commitment_id"))).longValue();
		find(kind, itemId, today, scopeOf(user));
		return new Download((String) f.get("file_name"), (String) f.get("content_type"), (byte[]) f.get("content"));
	}

	/** A file to send as an attachment. */
	public record Download(String fileName, String contentType, byte[] content) {
	}

	private ItemRow find(ItemKind kind, Long id, LocalDate today, Long scope) {
		MapSqlParameterSource params = new MapSqlParameterSource("today", Date.valueOf(today)).addValue("scope", scope)
			.addValue("org", null).addValue("status", null).addValue("plan", null).addValue("kind", kind.name())
			.addValue("monthStart", null).addValue("monthEnd", null).addValue("dueWithin", null).addValue("id", id);
		return this.jdbc.query(TaskQueries.ITEMS + " and i.id = :id", params, TaskQueries.ROW).stream().findFirst()
			.orElseThrow(() -> new NotFoundException(kind.name(), id));
	}

	private List<ItemView.Report> reportsOf(ItemKind kind, Long id) {
		Map<Long, ItemView.Report> reports = new LinkedHashMap<>();
		this.jdbc.query("""
				select r.id, r.reported_on, o.name as org_name, u.full_name, r.text, r.done, r.created_at,
				       f.id as file_id, f.file_name, f.size_bytes
				from progress_report r join organisation o on o.id = r.organisation_id join app_user u on u.id = r.author_id
				left join evidence_file f on f.report_id = r.id
				where (r.task_id = :id and :kind = 'TASK') or (r.commitment_id = :id and :kind = 'COMMITMENT')
				order by r.created_at desc, r.id desc, f.id""", new MapSqlParameterSource("id", id).addValue("kind", kind.name()),
				rs -> {
					ItemView.Report report = reports.computeIfAbsent(rs.getLong("id"), k -> {
						try {
							return new ItemView.Report(k, rs.getDate("reported_on").toLocalDate(), rs.getString("org_name"),
									rs.getString("full_name"), rs.getString("text"), rs.getBoolean("done"),
									rs.getTimestamp("created_at").toInstant(), new ArrayList<>());
						}
						catch (java.sql.SQLException ex) {
							throw new IllegalStateException(ex);
						}
					});
					if (rs.getObject("file_id") != null) {
						report.files().add(new ItemView.FileRef(rs.getLong("file_id"), rs.getString("file_name"),
								rs.getLong("size_bytes")));
					}
				});
		return List.copyOf(reports.values());
	}

	/** Officials read everything; a job centre reads its own centre's items; nobody else reads any. */
	private static Long scopeOf(PortalUser user) {
		if (user.is(Role.OFFICIAL)) {
			return null;
		}
		if (user.is(Role.JOB_CENTRE)) {
			return user.organisationId();
		}
		throw new NotFoundException("tasks", user.getUsername());
	}

	/** The responsible organisation itself, or the body that took over its work in the 2025 mergers. */
	private boolean responsible(PortalUser user, Long organisationId) {
		if (!(user.is(Role.OFFICIAL) || user.is(Role.JOB_CENTRE)) || user.organisationId() == null) {
			return false;
		}
		if (user.organisationId().equals(organisationId)) {
			return true;
		}
		Long successor = this.jdbc.query("select successor_id from organisation where id = :id",
				new MapSqlParameterSource("id", organisationId), rs -> rs.next() ? (Long) rs.getObject(1) : null);
		return user.organisationId().equals(successor);
	}

	private static String[] strings(Object array) {
		Object[] values = objects(array);
		String[] result = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = (String) values[i];
		}
		return result;
	}

	private static Object[] objects(Object array) {
		try {
			return array == null ? new Object[0] : (Object[]) ((java.sql.Array) array).getArray();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
