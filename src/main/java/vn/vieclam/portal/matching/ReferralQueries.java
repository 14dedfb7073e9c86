package vn.vieclam.portal.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.vieclam.portal.shared.CappedPage;

/** The read side of referrals: every list is one SQL statement, scoped to one centre or one employer, paged in PostgreSQL. */
@Repository
class ReferralQueries {

	/** Whose referrals a list shows: a centre's own, or those for an employer's own vacancies. */
	record Scope(Long centreId, Long employerId) {

		static Scope centre(Long id) {
			return new Scope(id, null);
		}

		static Scope employer(Long id) {
			return new Scope(null, id);
		}

		String where() {
			return this.centreId != null ? " r.centre_id = :scope" : " v.employer_id = :scope";
		}

		Long id() {
			return this.centreId != null ? this.centreId : this.employerId;
		}

	}

	/** What a referral needs to know of a vacancy before it is made. */
	record VacancyState(Long id, Long employerId, String title, String employerName, String status, LocalDate closingDate) {

		boolean open(LocalDate today) {
			return "PUBLISHED".equals(this.status) && !this.closingDate.isBefore(today);
		}

	}

	static final String LIST_FROM = "\n" + """
			 from referral r
			 join candidate c on c.id = r.candidate_id
			 join vacancy v on v.id = r.vacancy_id
			 join employer e on e.id = v.employer_id
			 join organisation o on o.id = e.organisation_id
			 join organisation centre on centre.id = r.centre_id
			 where""";

	private final NamedParameterJdbcTemplate jdbc;

	ReferralQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The list's columns (an employer never sees who a candidate is once they stopped sharing, or were erased). */
	static final String LIST_SELECT = """
			select r.id, r.candidate_id, r.vacancy_id, v.title, o.name as employer_name, centre.name as centre_name,
			       r.status, r.referred_on, r.interview_at, r.start_date,
			       case when :employerView and (c.consent_sharing_at is null or c.erased_at is not null) then null
			            else c.full_name end as candidate_name""";

	static final String LIST_ORDER = " order by r.created_at desc, r.id desc";

	/** The list's filters, all on the referral itself. */
	static final String LIST_FILTERS = "\n" + """
			 and (:status = '' or r.status = :status)
			 and (cast(:vacancy as bigint) is null or r.vacancy_id = :vacancy)""";

	/** From and where of a list in this scope with its filters; the parameters come from {@link #listParams}. */
	static String listWhere(Scope scope) {
		return LIST_FROM + scope.where() + LIST_FILTERS;
	}

	static MapSqlParameterSource listParams(Scope scope, ReferralStatus status, Long vacancyId) {
		return new MapSqlParameterSource("scope", scope.id())
			.addValue("employerView", scope.employerId() != null)
			.addValue("status", status == null ? "" : status.name())
			.addValue("vacancy", vacancyId, Types.BIGINT);
	}

	Page<ReferralRow> list(Scope scope, ReferralStatus status, Long vacancyId, Pageable pageable) {
		String where = listWhere(scope);
		MapSqlParameterSource params = listParams(scope, status, vacancyId)
			.addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		List<ReferralRow> rows = this.jdbc.query(LIST_SELECT + where + LIST_ORDER + " limit :limit offset :offset", params,
				(rs, i) -> row(rs));
		// A list that fits on its page needs no count. Otherwise: the joins only add names and their keys are not
		// null with foreign keys, so the count needs the vacancy only for an employer's scope; and it stops past the
		// cap: a centre's 23,000 referrals took 670 ms to count.
		long total = CappedPage.totalWithoutCounting(pageable, rows.size())
			.orElseGet(() -> this.jdbc.queryForObject(CappedPage.countSql(referralsIn(scope) + LIST_FILTERS, pageable),
					params, Long.class));
		return new CappedPage<>(rows, pageable, total);
	}

	/** The list's filter offers the vacancies of this many most recent referrals. */
	static final int FILTER_VACANCIES = 200;

	/**
	 * The vacancies of this scope's most recent referrals, by title, for the list's filter (and the chosen one, if
	 * older): a centre with 23,000 referrals to 22,700 vacancies offered them all, 0.5 s to read and a select no one
	 * could use. The newest referrals come from the centre's index in order (60 ms when grouped by vacancy first).
	 */
	List<Map<String, Object>> vacancies(Scope scope, Long chosen) {
		String referrals = referralsIn(scope);
		return this.jdbc.queryForList("select v.id, v.title from vacancy v where v.id in ((select r.vacancy_id"
				+ referrals + " order by r.created_at desc, r.id desc limit :limit)"
				+ " union (select r.vacancy_id" + referrals + " and r.vacancy_id = :chosen)) order by v.title, v.id",
				new MapSqlParameterSource("scope", scope.id()).addValue("limit", FILTER_VACANCIES)
					.addValue("chosen", chosen, Types.BIGINT));
	}

	/**
	 * From and where of the referrals in this scope alone: the vacancy is joined only for an employer's (its
	 * referrals are those to its vacancies).
	 */
	private static String referralsIn(Scope scope) {
		return " from referral r" + (scope.centreId() != null ? "" : " join vacancy v on v.id = r.vacancy_id") + " where"
				+ scope.where();
	}

	Optional<ReferralView> view(Long id) {
		List<ReferralView.FollowUpLine> followUps = this.jdbc.query("""
				select id, months, due_on, outcome, reason, done_on, recorded_by from referral_follow_up
				where referral_id = :id order by months""", Map.of("id", id),
				(rs, i) -> new ReferralView.FollowUpLine(rs.getLong("id"), rs.getInt("months"),
						rs.getObject("due_on", LocalDate.class),
						rs.getString("outcome") == null ? null : FollowUpOutcome.valueOf(rs.getString("outcome")),
						rs.getString("reason"), rs.getObject("done_on", LocalDate.class), rs.getString("recorded_by")));
		return this.jdbc.query("""
				select r.*, v.title, v.employer_id, o.name as employer_name, centre.name as centre_name,
				       c.consent_sharing_at is not null and c.erased_at is null as sharing""" + LIST_FROM + " r.id = :id",
				Map.of("id", id),
				(rs, i) -> new ReferralView(rs.getLong("id"), rs.getLong("candidate_id"), rs.getLong("centre_id"),
						rs.getString("centre_name"), rs.getLong("vacancy_id"), rs.getString("title"),
						rs.getLong("employer_id"), rs.getString("employer_name"),
						ReferralStatus.valueOf(rs.getString("status")), rs.getObject("referred_on", LocalDate.class),
						rs.getString("referred_by"), instant(rs, "interview_at"), rs.getString("interview_place"),
						rs.getObject("start_date", LocalDate.class), rs.getObject("hired_on", LocalDate.class),
						rs.getString("outcome_reason"), rs.getObject("closed_on", LocalDate.class),
						rs.getBoolean("sharing"), rs.getLong("version"), followUps))
			.stream()
			.findFirst();
	}

	Optional<VacancyState> vacancy(Long id) {
		return this.jdbc.query("""
				select v.id, v.employer_id, v.title, o.name as employer_name, v.status, v.closing_date from vacancy v
				join employer e on e.id = v.employer_id join organisation o on o.id = e.organisation_id
				where v.id = :id""", Map.of("id", id),
				(rs, i) -> new VacancyState(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("title"), rs.getString("employer_name"),
						rs.getString("status"), rs.getObject("closing_date", LocalDate.class)))
			.stream()
			.findFirst();
	}

	/** Whether the candidate's record may still change status (erased records keep theirs for the counts). */
	boolean erased(Long candidateId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select erased_at is not null from candidate where id = :id", Map.of("id", candidateId), Boolean.class));
	}

	/**
	 * Whether the candidate goes back to seeking when this referral ends without a hire: they were marked
	 * referred, are not erased, and have no other referral still waiting for an outcome.
	 */
	boolean backToSeeking(Long candidateId, Long referralId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				select c.status = 'REFERRED' and c.erased_at is null and not exists (
				  select 1 from referral r where r.candidate_id = c.id and r.id <> :referral
				    and r.status in ('REFERRED', 'INTERVIEW_SCHEDULED'))
				from candidate c where c.id = :candidate""",
				Map.of("candidate", candidateId, "referral", referralId), Boolean.class));
	}

	Optional<Long> referralOfFollowUp(Long followUpId) {
		return this.jdbc.queryForList("select referral_id from referral_follow_up where id = :id",
				Map.of("id", followUpId), Long.class).stream().findFirst();
	}

	/** The centre's open follow-ups due on or before {@code until} (overdue ones included), soonest first. */
	Page<FollowUpRow> followUpsDue(Long centreId, LocalDate today, LocalDate until, Pageable pageable) {
		String where = "\n" + """
				 from referral_follow_up f
				 join referral r on r.id = f.referral_id
				 join candidate c on c.id = r.candidate_id
				 join vacancy v on v.id = r.vacancy_id
				 join employer e on e.id = v.employer_id
				 join organisation o on o.id = e.organisation_id
				 where r.centre_id = :centre and f.outcome is null and f.due_on <= :until""";
		MapSqlParameterSource params = new MapSqlParameterSource("centre", centreId).addValue("today", today)
			.addValue("until", until)
			.addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		List<FollowUpRow> rows = this.jdbc.query("""
				select f.id, f.referral_id, r.candidate_id, c.full_name, v.title, o.name as employer_name, r.start_date,
				       f.months, f.due_on, f.due_on < :today as overdue""" + where
				+ " order by f.due_on, f.id limit :limit offset :offset", params,
				(rs, i) -> new FollowUpRow(rs.getLong("id"), rs.getLong("referral_id"), rs.getLong("candidate_id"),
						rs.getString("full_name"), rs.getString("title"), rs.getString("employer_name"),
						rs.getObject("start_date", LocalDate.class), rs.getInt("months"),
						rs.getObject("due_on", LocalDate.class), rs.getBoolean("overdue")));
		Long total = this.jdbc.queryForObject("select count(*)" + where, params, Long.class);
		return new PageImpl<>(rows, pageable, total == null ? 0 : total);
	}

	/**
	 * A centre's year in three counts of distinct people, by home province (today's unit) and in total:
	 * counselled (counselling or vocational advice), introduced (referred) and placed (hired). A person has
	 * one home province, so the total row is also a count of distinct people.
	 */
	List<CountRow> counts(Long centreId, int year) {
		MapSqlParameterSource params = new MapSqlParameterSource("centre", centreId)
			.addValue("from", LocalDate.of(year, 1, 1))
			.addValue("to", LocalDate.of(year + 1, 1, 1));
		return this.jdbc.query("""
				with people as (
				  select k.candidate_id, 'COUNSELLED' as measure from counselling k
				  where k.centre_id = :centre and k.kind in ('COUNSELLING', 'VOCATIONAL_ADVICE')
				    and k.happened_on >= :from and k.happened_on < :to
				  union
				  select r.candidate_id, 'INTRODUCED' from referral r
				  where r.centre_id = :centre and r.referred_on >= :from and r.referred_on < :to
				  union
				  select r.candidate_id, 'PLACED' from referral r
				  where r.centre_id = :centre and r.hired_on >= :from and r.hired_on < :to
				)
				select coalesce(s.name, p.name) as province_name,
				       count(*) filter (where people.measure = 'COUNSELLED') as counselled,
				       count(*) filter (where people.measure = 'INTRODUCED') as introduced,
				       count(*) filter (where people.measure = 'PLACED') as placed
				from people
				join candidate c on c.id = people.candidate_id
				join admin_unit p on p.id = c.home_province_id
				left join admin_unit s on s.id = p.successor_id
				group by grouping sets ((coalesce(s.id, p.id), coalesce(s.name, p.name)), ())
				order by grouping(coalesce(s.id, p.id)), 1""", params,
				(rs, i) -> new CountRow(rs.getString("province_name"), rs.getLong("counselled"),
						rs.getLong("introduced"), rs.getLong("placed")));
	}

	static ReferralRow row(ResultSet rs) throws SQLException {
		return new ReferralRow(rs.getLong("id"), rs.getLong("candidate_id"), rs.getString("candidate_name"),
				rs.getLong("vacancy_id"), rs.getString("title"), rs.getString("employer_name"), rs.getString("centre_name"),
				ReferralStatus.valueOf(rs.getString("status")), rs.getObject("referred_on", LocalDate.class),
				instant(rs, "interview_at"), rs.getObject("start_date", LocalDate.class));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
