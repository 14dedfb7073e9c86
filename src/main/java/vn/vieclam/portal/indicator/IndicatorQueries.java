package vn.vieclam.portal.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.vieclam.portal.shared.Formats;

/** The indicator module's reads: one statement per list, no row-by-row look-ups. */
@Repository
class IndicatorQueries {

	/** Periods in the order they fall due, for "the latest approved value". */
	private static final String PERIOD_ORDER = "array_position(array['Q1','Q2','Q3','Q4','Y']::varchar[], r.period)";

	private final JdbcTemplate jdbc;

	IndicatorQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<RegisterRow> registers() {
		return this.jdbc.query("""
				select g.id, g.year, g.sub_index_code, g.sub_index_name, g.target_score, g.target_direction,
				       coalesce(o.short_name, o.name), (select count(*) from indicator i where i.register_id = g.id),
				       g.published_score, g.published_rank
				from indicator_register g join organisation o on o.id = g.lead_organisation_id
				order by g.year desc, g.sub_index_code""",
				(rs, n) -> new RegisterRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
						rs.getBigDecimal(5), Direction.valueOf(rs.getString(6)), rs.getString(7), rs.getInt(8),
						rs.getBigDecimal(9), (Integer) rs.getObject(10)));
	}

	/** The register and its indicators with their latest approved values: two statements. */
	Optional<RegisterView> register(Long id) {
		List<IndicatorView> indicators = this.jdbc.query("""
				select i.id, i.position, i.name, i.unit, i.baseline_value, i.baseline_rank, i.target_value, i.direction,
				       i.responsible_organisation_id, coalesce(o.short_name, o.name),
				       (select string_agg(coalesce(po.short_name, po.name), ', ' order by po.name)
				        from indicator_partner p join organisation po on po.id = p.organisation_id where p.indicator_id = i.id),
				       i.partners_note, lv.value, lv.period
				from indicator i
				join organisation o on o.id = i.responsible_organisation_id
				left join lateral (
				  select v.value, r.period from indicator_value v join indicator_report r on r.id = v.report_id
				  where v.indicator_id = i.id and r.status = 'APPROVED'
				  order by %s desc limit 1) lv on true
				where i.register_id = ?
				order by i.position""".formatted(PERIOD_ORDER),
				(rs, n) -> new IndicatorView(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
						rs.getBigDecimal(5), (Integer) rs.getObject(6), rs.getBigDecimal(7),
						Direction.valueOf(rs.getString(8)), rs.getLong(9), rs.getString(10), rs.getString(11),
						rs.getString(12), rs.getBigDecimal(13), period(rs.getString(14))),
				id);
		return this.jdbc.query("""
				select g.id, g.year, g.sub_index_code, g.sub_index_name, g.weight, g.baseline_score, g.baseline_rank,
				       g.target_score, g.target_direction, g.lead_organisation_id, o.name, g.plan_reference,
				       g.unit_due_day, g.lead_due_day, g.yearly_due_month, g.published_score, g.published_rank,
				       g.copied_from_id, g.version
				from indicator_register g join organisation o on o.id = g.lead_organisation_id where g.id = ?""",
				(rs, n) -> new RegisterView(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
						rs.getBigDecimal(5), rs.getBigDecimal(6), (Integer) rs.getObject(7), rs.getBigDecimal(8),
						Direction.valueOf(rs.getString(9)), rs.getLong(10), rs.getString(11), rs.getString(12),
						rs.getInt(13), rs.getInt(14), rs.getInt(15), rs.getBigDecimal(16), (Integer) rs.getObject(17),
						(Long) rs.getObject(18), rs.getLong(19), indicators),
				id).stream().findFirst();
	}

	Optional<Long> dashboardRegister(int year) {
		return this.jdbc.queryForList("""
				select g.id from indicator_register g
				where g.year <= ?
				order by g.year = ? desc,
				         exists (select 1 from indicator_report r where r.register_id = g.id and r.status = 'APPROVED') desc,
				         g.year desc, g.sub_index_code
				limit 1""", Long.class, year, year).stream().findFirst();
	}

	List<ReportRow> reports(Long registerId, ReportingPeriod period) {
		return this.jdbc.query("""
				select r.id, r.organisation_id, coalesce(o.short_name, o.name), r.status, r.first_submitted_at,
				       r.submitted_at, r.reviewed_at, r.reviewed_by, r.return_reason, r.evidence_name, r.version
				from indicator_report r join organisation o on o.id = r.organisation_id
				where r.register_id = ? and r.period = ?
				order by o.name""",
				(rs, n) -> new ReportRow(rs.getLong(1), rs.getLong(2), rs.getString(3), ReportStatus.valueOf(rs.getString(4)),
						instant(rs, 5), instant(rs, 6), instant(rs, 7), rs.getString(8), rs.getString(9), rs.getString(10),
						rs.getLong(11)),
				registerId, period.name());
	}

	List<ValueRow> values(Long registerId, ReportingPeriod period) {
		return this.jdbc.query("""
				select v.report_id, v.indicator_id, r.organisation_id, v.value, v.comment, r.status
				from indicator_value v join indicator_report r on r.id = v.report_id
				where r.register_id = ? and r.period = ?""",
				(rs, n) -> new ValueRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4), rs.getString(5),
						ReportStatus.valueOf(rs.getString(6))),
				registerId, period.name());
	}

	Optional<ConsolidationRow> consolidation(Long registerId, ReportingPeriod period) {
		return this.jdbc.query("""
				select submitted_at, submitted_by, note from indicator_consolidation where register_id = ? and period = ?""",
				(rs, n) -> new ConsolidationRow(instant(rs, 1), rs.getString(2), rs.getString(3)), registerId,
				period.name()).stream().findFirst();
	}

	void insertConsolidation(Long registerId, ReportingPeriod period, Instant at, String by, String note) {
		this.jdbc.update("""
				insert into indicator_consolidation (register_id, period, submitted_at, submitted_by, note)
				values (?, ?, ?, ?, ?)""", registerId, period.name(), Timestamp.from(at), by,
				note == null || note.isBlank() ? null : note.strip());
	}

	/** Each responsible organisation × period: one statement, the states worked out here. */
	List<TimelinessRow> timeliness(RegisterView register, LocalDate today) {
		Map<Long, String> names = new LinkedHashMap<>();
		Map<String, Object[]> submitted = new LinkedHashMap<>();
		this.jdbc.query("""
				select o.id, coalesce(o.short_name, o.name), r.period, r.first_submitted_at, r.status
				from (select distinct responsible_organisation_id as id from indicator where register_id = ?) resp
				join organisation o on o.id = resp.id
				left join indicator_report r on r.register_id = ? and r.organisation_id = o.id
				order by o.name""", rs -> {
			names.putIfAbsent(rs.getLong(1), rs.getString(2));
			if (rs.getString(3) != null) {
				Instant first = instant(rs, 4);
				submitted.put(rs.getLong(1) + ":" + rs.getString(3), new Object[] {
						first == null ? null : LocalDate.ofInstant(first, Formats.VIETNAM),
						ReportStatus.valueOf(rs.getString(5)) });
			}
		}, register.id(), register.id());
		List<TimelinessRow> rows = new ArrayList<>();
		DueDates due = register.dueDates();
		names.forEach((orgId, name) -> {
			List<TimelinessRow.Cell> cells = new ArrayList<>();
			for (ReportingPeriod p : ReportingPeriod.values()) {
				Object[] s = submitted.get(orgId + ":" + p.name());
				cells.add(TimelinessRow.Cell.of(p, due.unitDeadline(register.year(), p),
						s == null ? null : (LocalDate) s[0], s == null ? null : (ReportStatus) s[1], today));
			}
			rows.add(new TimelinessRow(orgId, name, cells));
		});
		return rows;
	}

	private static ReportingPeriod period(String value) {
		return value == null ? null : ReportingPeriod.valueOf(value);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
