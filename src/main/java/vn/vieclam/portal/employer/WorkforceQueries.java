package vn.vieclam.portal.employer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Read side of workforce reports. The officials' period list is one statement: every employer left-joined
 * to the period's report, needs summed per report, paged in SQL, with the count and the totals over all
 * matching employers taken by window functions before the page is cut.
 */
@Repository
class WorkforceQueries {

	private static final String PERIOD = """
			with report as (
			  select r.id, r.employer_id, r.status, r.submitted_at, r.headcount, r.hires, r.departures
			  from workforce_report r
			  where r.period_type = :type and r.period_year = :year and r.period_number = :number),
			need as (
			  select n.report_id,
			         coalesce(sum(n.quantity) filter (where n.term = 'SHORT'), 0) as needs_short,
			         coalesce(sum(n.quantity) filter (where n.term = 'LONG'), 0) as needs_long
			  from workforce_report_need n
			  join report r on r.id = n.report_id and r.status = 'SUBMITTED'
			  group by n.report_id),
			listed as (
			  select e.id as employer_id, o.name as employer_name, e.tax_code, z.name as zone_name, b.name as body_name,
			         r.id as report_id, r.status, r.submitted_at,
			         coalesce(r.status = 'SUBMITTED', false) as reported,
			         case when r.status = 'SUBMITTED' then r.headcount end as headcount,
			         case when r.status = 'SUBMITTED' then r.hires end as hires,
			         case when r.status = 'SUBMITTED' then r.departures end as departures,
			         case when r.status = 'SUBMITTED' then coalesce(n.needs_short, 0) end as needs_short,
			         case when r.status = 'SUBMITTED' then coalesce(n.needs_long, 0) end as needs_long
			  from employer e
			  join organisation o on o.id = e.organisation_id
			  join organisation b on b.id = e.competent_body_id
			  left join industrial_zone z on z.id = e.industrial_zone_id
			  left join report r on r.employer_id = e.id
			  left join need n on n.report_id = r.id
			  where (cast(:body as bigint) is null or e.competent_body_id = :body)
			    and (:q = '' or fold(o.name || ' ' || coalesce(o.short_name, '') || ' ' || e.tax_code) like fold(:q)))
			select listed.*,
			       count(*) over () as total_employers,
			       count(*) filter (where reported) over () as total_reported,
			       coalesce(sum(headcount) over (), 0) as total_headcount,
			       coalesce(sum(hires) over (), 0) as total_hires,
			       coalesce(sum(departures) over (), 0) as total_departures,
			       coalesce(sum(needs_short) over (), 0) as total_needs_short,
			       coalesce(sum(needs_long) over (), 0) as total_needs_long
			from listed
			where (cast(:reported as boolean) is null or reported = cast(:reported as boolean))
			order by employer_name, employer_id""";

	private static final RowMapper<WorkforcePeriodList.Row> PERIOD_ROW = (rs, i) -> new WorkforcePeriodList.Row(
			rs.getLong("employer_id"), rs.getString("employer_name"), rs.getString("tax_code"), rs.getString("zone_name"),
			rs.getString("body_name"), (Long) rs.getObject("report_id"), status(rs), instant(rs, "submitted_at"),
			(Integer) rs.getObject("headcount"), (Integer) rs.getObject("hires"), (Integer) rs.getObject("departures"),
			(Long) rs.getObject("needs_short"), (Long) rs.getObject("needs_long"));

	private static final RowMapper<WorkforcePeriodList.Totals> TOTALS = (rs, i) -> new WorkforcePeriodList.Totals(
			rs.getLong("total_employers"), rs.getLong("total_reported"), rs.getLong("total_headcount"),
			rs.getLong("total_hires"), rs.getLong("total_departures"), rs.getLong("total_needs_short"),
			rs.getLong("total_needs_long"));

	private final NamedParameterJdbcTemplate jdbc;

	WorkforceQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of the period's employers and the totals over all of them, in one statement. */
	WorkforcePeriodList period(WorkforceFilter filter, Pageable pageable) {
		MapSqlParameterSource params = params(filter).addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		List<WorkforcePeriodList.Row> rows = new ArrayList<>();
		WorkforcePeriodList.Totals[] totals = { WorkforcePeriodList.Totals.NONE };
		this.jdbc.query(PERIOD + " limit :limit offset :offset", params, rs -> {
			rows.add(PERIOD_ROW.mapRow(rs, rows.size()));
			totals[0] = TOTALS.mapRow(rs, 0);
		});
		return new WorkforcePeriodList(new PageImpl<>(rows, pageable, totals[0].employers()), totals[0]);
	}

	/** Every employer of the period in list order, handed over one at a time (the export streams them). */
	WorkforcePeriodList.Totals eachInPeriod(WorkforceFilter filter, Consumer<WorkforcePeriodList.Row> consumer) {
		WorkforcePeriodList.Totals[] totals = { WorkforcePeriodList.Totals.NONE };
		int[] index = { 0 };
		this.jdbc.query(PERIOD, params(filter), rs -> {
			consumer.accept(PERIOD_ROW.mapRow(rs, index[0]++));
			totals[0] = TOTALS.mapRow(rs, 0);
		});
		return totals[0];
	}

	/** The period's submitted hiring needs summed by position (regardless of case) and skill level. */
	void eachNeedInPeriod(WorkforceFilter filter, Consumer<NeedSum> consumer) {
		this.jdbc.query("""
				select min(n.position) as position, s.code, s.name_vi, s.name_en,
				       coalesce(sum(n.quantity) filter (where n.term = 'SHORT'), 0) as needs_short,
				       coalesce(sum(n.quantity) filter (where n.term = 'LONG'), 0) as needs_long
				from workforce_report r
				join workforce_report_need n on n.report_id = r.id
				join skill_level s on s.code = n.skill_level_code
				join employer e on e.id = r.employer_id
				join organisation o on o.id = e.organisation_id
				where r.period_type = :type and r.period_year = :year and r.period_number = :number
				  and r.status = 'SUBMITTED'
				  and (cast(:reported as boolean) is null or cast(:reported as boolean))
				  and (cast(:body as bigint) is null or e.competent_body_id = :body)
				  and (:q = '' or fold(o.name || ' ' || coalesce(o.short_name, '') || ' ' || e.tax_code) like fold(:q))
				group by lower(n.position), s.code, s.rank, s.name_vi, s.name_en
				order by lower(n.position), s.rank""", params(filter),
				rs -> {
					consumer.accept(new NeedSum(rs.getString("position"), rs.getString("code"), rs.getString("name_vi"),
							rs.getString("name_en"), rs.getLong("needs_short"), rs.getLong("needs_long")));
				});
	}

	/** The employer's own reports, newest period first, with needs summed per report. */
	Page<WorkforceReportRow> ofEmployer(Long employerId, Pageable pageable) {
		MapSqlParameterSource params = new MapSqlParameterSource("employer", employerId)
			.addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		long[] total = { 0 };
		List<WorkforceReportRow> rows = new ArrayList<>();
		this.jdbc.query("""
				select r.id, r.period_type, r.period_year, r.period_number, r.status, r.submitted_at,
				       r.headcount, r.hires, r.departures,
				       coalesce(n.needs_short, 0) as needs_short, coalesce(n.needs_long, 0) as needs_long,
				       count(*) over () as total
				from workforce_report r
				left join lateral (
				  select sum(quantity) filter (where term = 'SHORT') as needs_short,
				         sum(quantity) filter (where term = 'LONG') as needs_long
				  from workforce_report_need where report_id = r.id) n on true
				where r.employer_id = :employer
				order by r.period_year desc,
				         case when r.period_type = 'MONTH' then r.period_number else r.period_number * 3 - 2 end desc,
				         r.period_type, r.id desc
				limit :limit offset :offset""", params, rs -> {
			rows.add(new WorkforceReportRow(rs.getLong("id"), period(rs), status(rs), instant(rs, "submitted_at"),
					rs.getInt("headcount"), rs.getInt("hires"), rs.getInt("departures"), rs.getLong("needs_short"),
					rs.getLong("needs_long")));
			total[0] = rs.getLong("total");
		});
		return new PageImpl<>(rows, pageable, total[0]);
	}

	Optional<WorkforceReportView> find(Long id) {
		MapSqlParameterSource params = new MapSqlParameterSource("id", id);
		List<WorkforceReportView.Origin> origins = this.jdbc.query("""
				select g.province_id, u.name, g.headcount
				from workforce_report_origin g join admin_unit u on u.id = g.province_id
				where g.report_id = :id
				order by g.headcount desc, u.name""", params,
				(rs, i) -> new WorkforceReportView.Origin(rs.getLong(1), rs.getString(2), rs.getInt(3)));
		List<WorkforceReportView.Need> needs = this.jdbc.query("""
				select n.position, n.skill_level_code, s.name_vi, s.name_en, n.term, n.quantity
				from workforce_report_need n join skill_level s on s.code = n.skill_level_code
				where n.report_id = :id
				order by n.id""", params,
				(rs, i) -> new WorkforceReportView.Need(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						WorkforceTerm.valueOf(rs.getString(5)), rs.getInt(6)));
		return this.jdbc.query("""
				select r.id, r.employer_id, o.name as employer_name, e.tax_code, b.name as body_name,
				       r.period_type, r.period_year, r.period_number, r.headcount, r.hires, r.departures,
				       r.status, r.submitted_at, r.version
				from workforce_report r
				join employer e on e.id = r.employer_id
				join organisation o on o.id = e.organisation_id
				join organisation b on b.id = e.competent_body_id
				where r.id = :id""", params,
				(rs, i) -> new WorkforceReportView(rs.getLong("id"), rs.getLong("employer_id"),
						rs.getString("employer_name"), rs.getString("tax_code"), rs.getString("body_name"), period(rs),
						rs.getInt("headcount"), rs.getInt("hires"), rs.getInt("departures"), status(rs),
						instant(rs, "submitted_at"), rs.getLong("version"), origins, needs))
			.stream().findFirst();
	}

	private static MapSqlParameterSource params(WorkforceFilter filter) {
		return new MapSqlParameterSource().addValue("type", filter.period().type().name())
			.addValue("year", filter.period().year())
			.addValue("number", filter.period().number())
			.addValue("body", filter.bodyId(), Types.BIGINT)
			.addValue("q", filter.pattern())
			.addValue("reported", filter.reported(), Types.BOOLEAN);
	}

	private static WorkforcePeriod period(ResultSet rs) throws SQLException {
		return new WorkforcePeriod(WorkforcePeriodType.valueOf(rs.getString("period_type")), rs.getInt("period_year"),
				rs.getInt("period_number"));
	}

	private static WorkforceReportStatus status(ResultSet rs) throws SQLException {
		String status = rs.getString("status");
		return status == null ? null : WorkforceReportStatus.valueOf(status);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** A position at a skill level, summed over the period's submitted reports. */
	record NeedSum(String position, String skillLevelCode, String skillLevelName, String skillLevelNameEn,
			long needsShort, long needsLong) {

		String skillLevelName(Locale locale) {
			return "en".equals(locale.getLanguage()) ? this.skillLevelNameEn : this.skillLevelName;
		}

	}

}
