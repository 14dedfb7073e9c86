package vn.vieclam.portal.plan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Read side of tasks and commitments: one statement gives every item with its status computed in SQL — the
 * same rules as {@link StatusRules} (a test holds them together) — so lists filter by status, page and count
 * in PostgreSQL.
 */
@Repository
class TaskQueries {

	private static final String TODAY = "cast(:today as date)";

	private static final String UNIT = "(case t.recurrence when 'MONTHLY' then 'month' else 'quarter' end)";

	private static final String STEP = "(case t.recurrence when 'MONTHLY' then interval '1 month' else interval '3 months' end)";

	/** Campaigns or reports of task t in the period starting at {@code start} (a timestamp expression). */
	private static String countIn(String start) {
		return "(case t.counts when 'CAMPAIGNS' then (select count(*) from media_campaign c where c.task_id = t.id "
				+ "and c.published_on >= " + start + " and c.published_on < " + start + " + " + STEP + ") "
				+ "else (select count(*) from progress_report r where r.task_id = t.id and r.reported_on >= " + start
				+ " and r.reported_on < " + start + " + " + STEP + ") end)";
	}

	private static final String CURRENT = "date_trunc(" + UNIT + ", cast(" + TODAY + " as timestamp))";

	static final String ITEMS = """
			with task_item as (
			  select 'TASK' as kind, t.id, t.title, t.plan_id, null::bigint as notice_id, p.number as source_number,
			         t.lead_id as organisation_id, t.due_date, t.due_month, t.due_by, t.recurrence, t.done_on,
			         t.recurrence_start, t.recurrence_end,
			         case when t.recurrence = 'NONE' then
			                case when t.done_on is not null then case when t.done_on <= t.due_by then 'DONE_ON_TIME' else 'DONE_LATE' end
			                     when TODAY <= t.due_by then 'NOT_DUE' else 'OVERDUE' end
			              when exists (
			                select 1 from generate_series(date_trunc(UNIT, cast(t.recurrence_start as timestamp)),
			                                              date_trunc(UNIT, cast(least(coalesce(t.recurrence_end, TODAY), TODAY) as timestamp)),
			                                              STEP) g(p)
			                where cast(g.p + STEP as date) <= TODAY and COUNT_G < t.min_per_period)
			                then 'OVERDUE'
			              when t.recurrence_end < TODAY then 'DONE_ON_TIME'
			              else 'NOT_DUE' end as status,
			         case when t.recurrence = 'NONE' then case when t.done_on is null then t.due_by end
			              when t.recurrence_start <= TODAY and (t.recurrence_end is null or t.recurrence_end >= TODAY)
			                   and COUNT_CURRENT < t.min_per_period
			                then cast(CURRENT + STEP as date) - 1 end as next_due
			  from plan_task t join action_plan p on p.id = t.plan_id),
			commitment_item as (
			  select 'COMMITMENT' as kind, c.id, c.action as title, null::bigint as plan_id, n.id as notice_id,
			         n.number as source_number, c.responsible_id as organisation_id, c.due_date, c.due_month, c.due_by,
			         'NONE' as recurrence, c.done_on, null::date as recurrence_start, null::date as recurrence_end,
			         case when c.done_on is not null then case when c.due_by is null or c.done_on <= c.due_by then 'DONE_ON_TIME' else 'DONE_LATE' end
			              when c.due_by is null or TODAY <= c.due_by then 'NOT_DUE' else 'OVERDUE' end as status,
			         case when c.done_on is null then c.due_by end as next_due
			  from commitment c join conclusion_notice n on n.id = c.notice_id),
			item as (select * from task_item union all select * from commitment_item)
			select i.*, o.name as organisation_name
			from item i join organisation o on o.id = i.organisation_id
			where (cast(:scope as bigint) is null
			       or i.organisation_id in (select s.id from organisation s where s.id = :scope or s.successor_id = :scope))
			  and (cast(:org as bigint) is null or i.organisation_id = :org)
			  and (cast(:status as varchar) is null or i.status = :status)
			  and (cast(:plan as bigint) is null or i.plan_id = :plan)
			  and (cast(:kind as varchar) is null or i.kind = :kind)
			  and (cast(:monthStart as date) is null
			       or (i.recurrence = 'NONE' and i.due_by between :monthStart and :monthEnd)
			       or (i.recurrence <> 'NONE' and i.recurrence_start <= :monthEnd
			           and (i.recurrence_end is null or i.recurrence_end >= :monthStart)))
			  and (cast(:dueWithin as date) is null or (i.next_due is not null and i.next_due <= :dueWithin))
			"""
		.replace("COUNT_G", countIn("g.p"))
		.replace("COUNT_CURRENT", countIn("CURRENT"))
		.replace("CURRENT", CURRENT)
		.replace("UNIT", UNIT)
		.replace("STEP", STEP)
		.replace("TODAY", TODAY);

	private static final String ORDER = " order by (i.status = 'OVERDUE') desc, coalesce(i.next_due, i.due_by) nulls last, i.kind desc, i.id";

	static final RowMapper<ItemRow> ROW = (rs, n) -> new ItemRow(ItemKind.valueOf(rs.getString("kind")),
			rs.getLong("id"), rs.getString("title"), (Long) rs.getObject("plan_id"), (Long) rs.getObject("notice_id"),
			rs.getString("source_number"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
			date(rs, "due_date"), date(rs, "due_month"), Recurrence.valueOf(rs.getString("recurrence")),
			date(rs, "next_due"), date(rs, "done_on"), ItemStatus.valueOf(rs.getString("status")));

	private final NamedParameterJdbcTemplate jdbc;

	TaskQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Page<ItemRow> page(ItemFilter filter, Pageable pageable) {
		List<ItemRow> rows = new ArrayList<>();
		long[] total = { 0 };
		MapSqlParameterSource params = params(filter, null).addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		this.jdbc.query("select x.*, count(*) over () as total from (" + ITEMS + ") x" + ORDER.replace("i.", "x.")
				+ " limit :limit offset :offset", params, rs -> {
					rows.add(ROW.mapRow(rs, rows.size()));
					total[0] = rs.getLong("total");
				});
		if (rows.isEmpty() && pageable.getOffset() > 0) {
			total[0] = count(filter);
		}
		return new PageImpl<>(rows, pageable, total[0]);
	}

	List<ItemRow> list(ItemFilter filter, LocalDate dueWithin, int limit) {
		return this.jdbc.query(ITEMS + ORDER + " limit :limit", params(filter, dueWithin).addValue("limit", limit), ROW);
	}

	void each(ItemFilter filter, Consumer<ItemRow> consumer) {
		int[] n = { 0 };
		this.jdbc.query(ITEMS + ORDER, params(filter, null), rs -> {
			consumer.accept(ROW.mapRow(rs, n[0]++));
		});
	}

	long count(ItemFilter filter) {
		Long n = this.jdbc.queryForObject("select count(*) from (" + ITEMS + ") x", params(filter, null), Long.class);
		return n == null ? 0 : n;
	}

	/** Items of one kind by status, in one statement (the dashboard's figures). */
	Map<ItemStatus, Long> countsByStatus(ItemKind kind, LocalDate today) {
		Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
		for (ItemStatus s : ItemStatus.values()) {
			counts.put(s, 0L);
		}
		ItemFilter filter = new ItemFilter(null, null, null, null, null, kind, today);
		this.jdbc.query("select x.status, count(*) as n from (" + ITEMS + ") x group by x.status", params(filter, null),
				rs -> {
					counts.put(ItemStatus.valueOf(rs.getString("status")), rs.getLong("n"));
				});
		return counts;
	}

	private static MapSqlParameterSource params(ItemFilter f, LocalDate dueWithin) {
		return new MapSqlParameterSource().addValue("today", Date.valueOf(f.today()))
			.addValue("scope", f.scopeOrganisation())
			.addValue("org", f.organisationId())
			.addValue("status", f.status() == null ? null : f.status().name())
			.addValue("plan", f.planId())
			.addValue("kind", f.kind() == null ? null : f.kind().name())
			.addValue("monthStart", f.month() == null ? null : Date.valueOf(f.month().atDay(1)))
			.addValue("monthEnd", f.month() == null ? null : Date.valueOf(f.month().atEndOfMonth()))
			.addValue("dueWithin", dueWithin == null ? null : Date.valueOf(dueWithin));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

}
