package vn.vieclam.portal.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.vieclam.portal.candidate.CandidateStatus;
import vn.vieclam.portal.vacancy.Housing;

/**
 * Matching in PostgreSQL: one statement narrows (an index serves the prefilter), scores every component
 * with the weights of {@link MatchWeights}, ranks and cuts at {@link MatchWeights#LIMIT}. Each row carries
 * its component points and the values behind them, so Java only words the explanation.
 */
@Repository
class MatchQueries {

	/**
	 * The component points and their facts, over a candidate {@code c} (skill {@code cs}, home province
	 * {@code hp}) and a vacancy {@code v} (skill {@code vs}, work province {@code wp}). Provinces compare as
	 * today's units: Bắc Giang (until 2025) and Bắc Ninh (since) are the same place.
	 */
	static final String POINTS = """
			coalesce((select max(case when co.occupation_code = v.occupation_code then :occupationSame
			                          when left(co.occupation_code, 1) = left(v.occupation_code, 1) then :occupationGroup
			                          else 0 end)
			          from candidate_occupation co where co.candidate_id = c.id), 0) as occupation_points,
			case when cs.rank >= vs.rank then :skillMet when cs.rank = vs.rank - 1 then :skillOneBelow else 0 end
			  as skill_points,
			case when coalesce(hp.successor_id, hp.id) = coalesce(wp.successor_id, wp.id) or c.willing_to_relocate
			  then :place else 0 end as place_points,
			case when c.desired_wage is null or c.desired_wage <= v.wage_min then :wageMet
			     when c.desired_wage <= v.wage_max then :wageWithin else 0 end as wage_points,
			case when c.earliest_start is null or c.earliest_start <= coalesce(v.start_date, v.closing_date)
			  then :start else 0 end as start_points,
			case when not c.needs_housing or v.housing <> 'NONE' then :housing else 0 end as housing_points,
			cs.rank as skill_rank, vs.rank as required_rank,
			coalesce(hp.successor_id, hp.id) = coalesce(wp.successor_id, wp.id) as same_province,
			c.willing_to_relocate, c.desired_wage, v.wage_min, v.wage_max, c.earliest_start,
			coalesce(v.start_date, v.closing_date) as start_by, c.needs_housing, v.housing,
			(select r.id from referral r where r.candidate_id = c.id and r.vacancy_id = v.id) as referral_id
			""";

	static final String SCORE = """
			(m.occupation_points + m.skill_points + m.place_points + m.wage_points + m.start_points + m.housing_points)""";

	private final NamedParameterJdbcTemplate jdbc;

	MatchQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The centre's candidates who may be referred (seeking or already referred elsewhere, not erased, with
	 * consent to processing) ranked for one vacancy; longest registered first among equal scores.
	 */
	List<CandidateMatch> candidatesFor(Long vacancyId, Long centreId, Long provinceId, String priorityGroup) {
		MapSqlParameterSource params = weights().addValue("vacancy", vacancyId)
			.addValue("centre", centreId)
			.addValue("province", provinceId, Types.BIGINT)
			.addValue("priority", priorityGroup == null ? "" : priorityGroup);
		// Most often a big registry has more than LIMIT candidates who get every point: then they are the
		// answer (equal scores rank by id), found by walking the ids and stopping at LIMIT. Only when there are
		// fewer is every candidate of the centre scored (bench/RESULTS.md, P3: 1M candidates).
		List<CandidateMatch> perfect = this.jdbc.query(CANDIDATES_SELECT + CANDIDATES_FROM + PERFECT
				+ " order by c.id limit :limit", params, MatchQueries::candidateMatch);
		if (perfect.size() == MatchWeights.LIMIT) {
			return perfect;
		}
		return this.jdbc.query("select m.* from (" + CANDIDATES_SELECT + CANDIDATES_FROM + ") m order by" + SCORE
				+ " desc, m.candidate_id limit :limit", params, MatchQueries::candidateMatch);
	}

	/** Every component at its maximum: the same conditions as {@link #POINTS}, each on its best branch. */
	static final String PERFECT = """
			  and exists (select 1 from candidate_occupation co where co.candidate_id = c.id
			              and co.occupation_code = v.occupation_code)
			  and cs.rank >= vs.rank
			  and (coalesce(hp.successor_id, hp.id) = coalesce(wp.successor_id, wp.id) or c.willing_to_relocate)
			  and (c.desired_wage is null or c.desired_wage <= v.wage_min)
			  and (c.earliest_start is null or c.earliest_start <= coalesce(v.start_date, v.closing_date))
			  and (not c.needs_housing or v.housing <> 'NONE')
			""";

	private static final String CANDIDATES_SELECT = "select c.id as candidate_id, c.full_name, c.birth_date, c.status,"
			+ " c.consent_sharing_at is not null as sharing, hp.name as province_name,"
			+ " cs.name_vi as skill_vi, cs.name_en as skill_en, " + POINTS;

	private static final String CANDIDATES_FROM = """
			from candidate c
			join skill_level cs on cs.code = c.skill_level_code
			join admin_unit hp on hp.id = c.home_province_id
			cross join vacancy v
			join skill_level vs on vs.code = v.skill_level_code
			join admin_unit wp on wp.id = v.work_province_id
			where v.id = :vacancy
			  and c.centre_id = :centre and c.status in ('SEEKING', 'REFERRED') and c.erased_at is null
			  and c.consent_processing_at is not null
			  and (cast(:province as bigint) is null or coalesce(hp.successor_id, hp.id) = :province)
			  and (:priority = '' or (',' || c.priority_groups || ',') like '%,' || :priority || ',%')
			""";

	private static CandidateMatch candidateMatch(ResultSet rs, int i) throws SQLException {
		return new CandidateMatch(rs.getLong("candidate_id"), rs.getString("full_name"),
				rs.getObject("birth_date", LocalDate.class), rs.getString("province_name"), rs.getString("skill_vi"),
				rs.getString("skill_en"), CandidateStatus.valueOf(rs.getString("status")), rs.getBoolean("sharing"),
				(Long) rs.getObject("referral_id"), points(rs), facts(rs));
	}

	/** Open published vacancies (closing date not passed) ranked for one candidate; closing soonest first among equals. */
	List<VacancyMatch> vacanciesFor(Long candidateId, LocalDate today, Long provinceId) {
		MapSqlParameterSource params = weights().addValue("candidate", candidateId)
			.addValue("today", today)
			.addValue("province", provinceId, Types.BIGINT);
		return this.jdbc.query("select m.* from (select v.id as vacancy_id, v.title, o.name as employer_name,"
				+ " wp.name as province_name, oc.name_vi as occupation_vi, oc.name_en as occupation_en,"
				+ " vs.name_vi as skill_vi, vs.name_en as skill_en, v.quantity - v.hired as open_places, v.closing_date, "
				+ POINTS + """
				from vacancy v
				join skill_level vs on vs.code = v.skill_level_code
				join admin_unit wp on wp.id = v.work_province_id
				join occupation oc on oc.code = v.occupation_code
				join employer e on e.id = v.employer_id
				join organisation o on o.id = e.organisation_id
				cross join candidate c
				join skill_level cs on cs.code = c.skill_level_code
				join admin_unit hp on hp.id = c.home_province_id
				where c.id = :candidate
				  and v.status = 'PUBLISHED' and v.closing_date >= :today
				  and (cast(:province as bigint) is null or coalesce(wp.successor_id, wp.id) = :province)
				) m order by""" + SCORE + " desc, m.closing_date, m.vacancy_id limit :limit", params,
				(rs, i) -> new VacancyMatch(rs.getLong("vacancy_id"), rs.getString("title"), rs.getString("employer_name"),
						rs.getString("province_name"), rs.getString("occupation_vi"), rs.getString("occupation_en"),
						rs.getString("skill_vi"), rs.getString("skill_en"), rs.getLong("wage_min"), rs.getLong("wage_max"),
						Housing.valueOf(rs.getString("housing")), rs.getInt("open_places"),
						rs.getObject("closing_date", LocalDate.class), (Long) rs.getObject("referral_id"), points(rs),
						facts(rs)));
	}

	private static MapSqlParameterSource weights() {
		return new MapSqlParameterSource().addValue("occupationSame", MatchWeights.OCCUPATION_SAME)
			.addValue("occupationGroup", MatchWeights.OCCUPATION_GROUP)
			.addValue("skillMet", MatchWeights.SKILL_MET)
			.addValue("skillOneBelow", MatchWeights.SKILL_ONE_BELOW)
			.addValue("place", MatchWeights.PLACE)
			.addValue("wageMet", MatchWeights.WAGE_MET)
			.addValue("wageWithin", MatchWeights.WAGE_WITHIN_RANGE)
			.addValue("start", MatchWeights.START)
			.addValue("housing", MatchWeights.HOUSING)
			.addValue("limit", MatchWeights.LIMIT);
	}

	private static MatchPoints points(ResultSet rs) throws SQLException {
		return new MatchPoints(rs.getInt("occupation_points"), rs.getInt("skill_points"), rs.getInt("place_points"),
				rs.getInt("wage_points"), rs.getInt("start_points"), rs.getInt("housing_points"));
	}

	private static MatchFacts facts(ResultSet rs) throws SQLException {
		return new MatchFacts(rs.getInt("skill_rank"), rs.getInt("required_rank"), rs.getBoolean("same_province"),
				rs.getBoolean("willing_to_relocate"), (Long) rs.getObject("desired_wage"), rs.getLong("wage_min"),
				rs.getLong("wage_max"), rs.getObject("earliest_start", LocalDate.class),
				rs.getObject("start_by", LocalDate.class), rs.getBoolean("needs_housing"),
				Housing.valueOf(rs.getString("housing")));
	}

}
