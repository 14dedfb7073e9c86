package vn.vieclam.portal.candidate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.vieclam.portal.shared.CappedPage;
import vn.vieclam.portal.shared.SearchText;

/** The registry's read side: every list is one SQL statement, scoped to one centre, paged in PostgreSQL. */
@Repository
class CandidateQueries {

	/** A list's rows with their names; {@link CandidateFilter#where} follows. */
	static final String LIST_FROM = """
			from candidate c
			join admin_unit p on p.id = c.home_province_id
			join skill_level s on s.code = c.skill_level_code
			""";

	private final NamedParameterJdbcTemplate jdbc;

	CandidateQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	CappedPage<CandidateRow> search(CandidateFilter filter, Pageable pageable) {
		SearchText.planForTheWords(this.jdbc.getJdbcOperations(), filter.pattern());
		String where = filter.where();
		MapSqlParameterSource params = filter.params();
		// The page's limit, offset and count cap are written into the statements, as on the board: bound as
		// parameters, PostgreSQL plans for an unknown limit and planned the list afresh on every page (0.3 ms a page).
		List<CandidateRow> rows = this.jdbc.query("""
				select c.id, c.full_name, c.birth_date, c.phone, p.name as province, s.name_vi, s.name_en, c.status,
				       c.consent_sharing_at is not null as sharing, c.erased_at is not null as erased, c.created_at
				""" + LIST_FROM + where + " order by c.created_at desc, c.id desc limit " + pageable.getPageSize()
				+ " offset " + pageable.getOffset(), params,
				(rs, i) -> new CandidateRow(rs.getLong("id"), rs.getString("full_name"),
						rs.getObject("birth_date", LocalDate.class), rs.getString("phone"), rs.getString("province"),
						rs.getString("name_vi"), rs.getString("name_en"), CandidateStatus.valueOf(rs.getString("status")),
						rs.getBoolean("sharing"), rs.getBoolean("erased"), instant(rs, "created_at")));
		// A search that fits on its page needs no count. Otherwise: the joins only add names, and their keys are not
		// null with foreign keys, so the count needs none of them; and it stops past the cap: a quarter of a million
		// candidates in one centre took 260 ms to count.
		long total = CappedPage.totalWithoutCounting(pageable, rows.size())
			.orElseGet(() -> this.jdbc.queryForObject(CappedPage.countSql("from candidate c " + where, pageable), params,
					Long.class));
		return new CappedPage<>(rows, pageable, total);
	}

	Optional<CandidateView> view(Long id) {
		List<CandidateView.OccupationLine> occupations = this.jdbc.query("""
				select o.code, o.name_vi, o.name_en, co.years_experience from candidate_occupation co
				join occupation o on o.code = co.occupation_code where co.candidate_id = :id order by o.code""",
				Map.of("id", id), (rs, i) -> new CandidateView.OccupationLine(rs.getString(1), rs.getString(2),
						rs.getString(3), rs.getInt(4)));
		return this.jdbc.query("""
				select c.*, centre.name as centre_name, p.name as province_name, cm.name as commune_name,
				       s.name_vi as skill_vi, s.name_en as skill_en
				from candidate c
				join organisation centre on centre.id = c.centre_id
				join admin_unit p on p.id = c.home_province_id
				left join admin_unit cm on cm.id = c.home_commune_id
				join skill_level s on s.code = c.skill_level_code
				where c.id = :id""", Map.of("id", id), (RowMapper<CandidateView>) (rs, i) -> view(rs, occupations))
			.stream().findFirst();
	}

	/** Candidates in any centre who may be the same person: same CCCD, same phone, or same folded name and birth date. */
	List<DuplicateWarning> possibleDuplicates(Long selfId, Long centreId, String nationalId, String phone,
			String fullName, LocalDate birthDate) {
		MapSqlParameterSource params = new MapSqlParameterSource("self", selfId == null ? -1L : selfId)
			.addValue("centre", centreId)
			.addValue("nationalId", nationalId == null ? "" : nationalId)
			.addValue("phone", phone == null ? "" : phone)
			.addValue("name", fullName)
			.addValue("birth", birthDate, Types.DATE);
		// Three lookups, each served by its own index (CCCD, phone, folded name + birth date), whatever the
		// planner's statistics say: one OR across them can fall back to a scan of the whole registry.
		return this.jdbc.query("""
				select distinct on (m.id) m.id, m.centre_id = :centre as same_centre, o.name as centre_name, m.reason
				from (
				  select c.id, c.centre_id, 'NATIONAL_ID' as reason, 1 as rank from candidate c
				  where :nationalId <> '' and c.national_id = :nationalId and c.id <> :self and c.erased_at is null
				  union all
				  select c.id, c.centre_id, 'PHONE', 2 from candidate c
				  where :phone <> '' and c.phone = :phone and c.id <> :self and c.erased_at is null
				  union all
				  select c.id, c.centre_id, 'NAME_BIRTH_DATE', 3 from candidate c
				  where cast(:birth as date) is not null and c.name_fold = fold(:name) and c.birth_date = :birth
				    and c.id <> :self and c.erased_at is null
				) m join organisation o on o.id = m.centre_id
				order by m.id, m.rank limit 20""", params,
				(rs, i) -> new DuplicateWarning(rs.getLong("id"), rs.getBoolean("same_centre"), rs.getString("centre_name"),
						DuplicateReason.valueOf(rs.getString("reason"))));
	}

	/**
	 * Flags the possible duplicates of candidates just written together (ids in the order they were registered), in
	 * one statement: for each, exactly what {@link #possibleDuplicates} finds for it — the same three lookups, the
	 * same first reason per other candidate, at most 20 — as if they had been registered one after the other, so a
	 * candidate is compared with the ones written before it in the list, not after. Erased candidates need no
	 * {@code erased_at is null} here: erasure clears the CCCD, phone and birth date that all three lookups need.
	 * (That filter made the planner, with statistics from before a large import, AND each lookup with the whole
	 * partial matching index: 2 s per thousand rows.)
	 */
	void flagDuplicatesOfNew(List<Long> ids) {
		this.jdbc.update("""
				insert into candidate_duplicate (candidate_id, other_id, reason)
				select n.id, f.id, f.reason
				from candidate n
				cross join lateral (
				  select distinct on (m.id) m.id, m.reason
				  from (
				    select c.id, c.centre_id, 'NATIONAL_ID' as reason, 1 as rank from candidate c
				    where n.national_id is not null and c.national_id = n.national_id and c.id <> n.id
				    union all
				    select c.id, c.centre_id, 'PHONE', 2 from candidate c
				    where n.phone is not null and c.phone = n.phone and c.id <> n.id
				    union all
				    select c.id, c.centre_id, 'NAME_BIRTH_DATE', 3 from candidate c
				    where n.birth_date is not null and c.name_fold = n.name_fold and c.birth_date = n.birth_date
				      and c.id <> n.id
				  ) m join organisation o on o.id = m.centre_id
				  where not (m.id > n.id and m.id in (:ids))
				  order by m.id, m.rank limit 20
				) f
				where n.id in (:ids)
				on conflict (candidate_id, other_id, reason) do nothing""", new MapSqlParameterSource("ids", ids));
	}

	/** Open (or all) flagged pairs that involve this centre's candidates. */
	Page<DuplicateRow> duplicates(Long centreId, boolean openOnly, Pageable pageable) {
		String where = """
				 from candidate_duplicate d
				 join candidate a on a.id = d.candidate_id
				 join candidate b on b.id = d.other_id
				 join organisation ob on ob.id = b.centre_id
				 join organisation oa on oa.id = a.centre_id
				 where (a.centre_id = :centre or b.centre_id = :centre) and (:open = false or d.status = 'OPEN')""";
		MapSqlParameterSource params = new MapSqlParameterSource("centre", centreId).addValue("open", openOnly)
			.addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		// Seen from this centre: "mine" is whichever side belongs to it; the other side shows only its centre.
		List<DuplicateRow> rows = this.jdbc.query("""
				select d.id, d.reason, d.status, d.created_at,
				       case when a.centre_id = :centre then a.id else b.id end as mine_id,
				       case when a.centre_id = :centre then a.full_name else b.full_name end as mine_name,
				       case when a.centre_id = :centre then b.id else a.id end as other_id,
				       case when a.centre_id = :centre then b.full_name else a.full_name end as other_name,
				       case when a.centre_id = :centre then ob.name else oa.name end as other_centre,
				       a.centre_id = b.centre_id as both_mine""" + " " + where
				+ " order by d.created_at desc, d.id desc limit :limit offset :offset", params,
				(rs, i) -> new DuplicateRow(rs.getLong("id"), rs.getLong("mine_id"), rs.getString("mine_name"),
						rs.getLong("other_id"), rs.getBoolean("both_mine") ? rs.getString("other_name") : null,
						rs.getString("other_centre"), rs.getBoolean("both_mine"),
						DuplicateReason.valueOf(rs.getString("reason")), rs.getString("status"),
						instant(rs, "created_at")));
		Long total = this.jdbc.queryForObject("select count(*) " + where, params, Long.class);
		return new PageImpl<>(rows, pageable, total == null ? 0 : total);
	}

	List<Map<String, Object>> counselling(Long candidateId) {
		return this.jdbc.queryForList("""
				select kind, happened_on, note, recorded_by from counselling where candidate_id = :id
				order by happened_on desc, id desc""", Map.of("id", candidateId));
	}

	private static CandidateView view(ResultSet rs, List<CandidateView.OccupationLine> occupations) throws SQLException {
		String gender = rs.getString("gender");
		String education = rs.getString("education");
		String groups = rs.getString("priority_groups");
		return new CandidateView(rs.getLong("id"), rs.getLong("centre_id"), rs.getString("centre_name"),
				rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class),
				gender == null ? null : CandidateGender.valueOf(gender), rs.getString("national_id"), rs.getString("phone"),
				rs.getLong("home_province_id"), rs.getString("province_name"), (Long) rs.getObject("home_commune_id"),
				rs.getString("commune_name"), rs.getString("home_address"),
				education == null ? null : Education.valueOf(education), rs.getString("skill_level_code"),
				rs.getString("skill_vi"), rs.getString("skill_en"), (Long) rs.getObject("desired_wage"),
				rs.getBoolean("willing_to_relocate"), rs.getObject("earliest_start", LocalDate.class),
				rs.getBoolean("needs_housing"),
				groups == null || groups.isBlank() ? EnumSet.noneOf(PriorityGroup.class)
						: Arrays.stream(groups.split(",")).map(PriorityGroup::valueOf).collect(Collectors.toSet()),
				rs.getString("notes"), CandidateStatus.valueOf(rs.getString("status")),
				instant(rs, "consent_processing_at"), instant(rs, "consent_sharing_at"), rs.getString("consent_notice"),
				instant(rs, "consent_withdrawn_at"), instant(rs, "erased_at"), rs.getString("source"),
				instant(rs, "created_at"), rs.getLong("version"), occupations);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
