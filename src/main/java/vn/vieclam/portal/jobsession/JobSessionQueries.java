package vn.vieclam.portal.jobsession;

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
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The SQL that session pages read: lists paged in the database, one statement per kind of row. */
@Repository
class JobSessionQueries {

	private static final String SESSION_COLUMNS = """
			s.id, s.title, s.kind, s.host_centre_id, coalesce(h.short_name, h.name) host_name, hp.name host_province,
			s.session_date, s.start_time, s.end_time, s.venue, s.video_link, s.contact, s.description,
			s.registration_closes_on, s.employer_capacity, s.worker_capacity, s.interview_minutes, s.version,
			s.cancelled_at, s.cancel_reason,
			(select count(*) from job_session_employer e where e.session_id = s.id and e.status in ('PENDING', 'APPROVED')) employers,
			(select count(*) from job_session_worker w where w.session_id = s.id and w.cancelled_at is null) workers
			""";

	private static final RowMapper<SessionView> SESSION = (rs, i) -> new SessionView(rs.getLong("id"),
			rs.getString("title"), SessionKind.valueOf(rs.getString("kind")), rs.getLong("host_centre_id"),
			rs.getString("host_name"), rs.getString("host_province"), rs.getObject("session_date", LocalDate.class),
			rs.getObject("start_time", java.time.LocalTime.class), rs.getObject("end_time", java.time.LocalTime.class),
			rs.getString("venue"), rs.getString("video_link"), rs.getString("contact"), rs.getString("description"),
			rs.getObject("registration_closes_on", LocalDate.class), rs.getInt("employer_capacity"),
			rs.getInt("worker_capacity"), rs.getInt("interview_minutes"), rs.getLong("version"), rs.getInt("employers"),
			rs.getInt("workers"), instant(rs.getTimestamp("cancelled_at")), rs.getString("cancel_reason"));

	private final JdbcTemplate jdbc;

	JobSessionQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	// --- sessions ---

	Optional<SessionView> session(Long id) {
		return this.jdbc.query("select " + SESSION_COLUMNS + """
				from job_session s join organisation h on h.id = s.host_centre_id
				left join admin_unit hp on hp.id = h.province_id where s.id = ?""", SESSION, id).stream().findFirst();
	}

	/** Sessions locked for a registration: capacity is counted while no one else can register. */
	void lock(Long id) {
		this.jdbc.queryForList("select id from job_session where id = ? for update", Long.class, id);
	}

	/**
	 * The public list: upcoming sessions first (soonest first), then past ones (latest first). {@code centreId}
	 * narrows it to the sessions a centre hosts or co-hosts.
	 */
	Page<SessionRow> list(SessionFilter filter, Long centreId, LocalDate today, Pageable pageable) {
		List<Object> args = new ArrayList<>();
		StringBuilder where = new StringBuilder(" where true");
		if (filter.province() != null) {
			where.append(" and (s.province_id = ? or exists (select 1 from job_session_point p where p.session_id = s.id and p.province_id = ?))");
			args.add(filter.province());
			args.add(filter.province());
		}
		if (filter.kind() != null) {
			where.append(" and s.kind = ?");
			args.add(filter.kind().name());
		}
		if (filter.month() != null) {
			where.append(" and s.session_date >= ? and s.session_date < ?");
			args.add(filter.month().atDay(1));
			args.add(filter.month().plusMonths(1).atDay(1));
		}
		if (centreId != null) {
			where.append(" and (s.host_centre_id = ? or exists (select 1 from job_session_point p where p.session_id = s.id and p.centre_id = ?))");
			args.add(centreId);
			args.add(centreId);
		}
		long total = this.jdbc.queryForObject("select count(*) from job_session s" + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>();
		pageArgs.add(centreId == null ? -1L : centreId);
		pageArgs.addAll(args);
		pageArgs.add(today);
		pageArgs.add(today);
		pageArgs.add(pageable.getPageSize());
		pageArgs.add(pageable.getOffset());
		List<SessionRow> rows = this.jdbc.query("""
				select s.id, s.title, s.kind, coalesce(h.short_name, h.name) host_name, hp.name host_province,
				  s.session_date, s.start_time, s.end_time,
				  (select count(*) from job_session_point p where p.session_id = s.id) co_hosts,
				  (select count(*) from job_session_employer e where e.session_id = s.id and e.status = 'APPROVED') employers,
				  s.host_centre_id = ? hosted, s.cancelled_at is not null cancelled
				from job_session s join organisation h on h.id = s.host_centre_id
				left join admin_unit hp on hp.id = h.province_id""" + where + """
				 order by (s.session_date < ?), case when s.session_date >= ? then s.session_date end asc,
				  s.session_date desc, s.start_time, s.id
				limit ? offset ?""", (rs, i) -> new SessionRow(rs.getLong("id"), rs.getString("title"),
				SessionKind.valueOf(rs.getString("kind")), rs.getString("host_name"), rs.getString("host_province"),
				rs.getObject("session_date", LocalDate.class), rs.getObject("start_time", java.time.LocalTime.class),
				rs.getObject("end_time", java.time.LocalTime.class), rs.getInt("co_hosts"), rs.getInt("employers"),
				rs.getBoolean("hosted"), rs.getBoolean("cancelled")), pageArgs.toArray());
		return new PageImpl<>(rows, pageable, total);
	}

	/** The next sessions from today that still take place, soonest first (the home page). */
	List<SessionRow> upcoming(LocalDate today, int limit) {
		return list(new SessionFilter(null, null, null), null, today, org.springframework.data.domain.PageRequest.of(0, limit))
			.getContent()
			.stream()
			.filter(r -> !r.date().isBefore(today) && !r.cancelled())
			.toList();
	}

	/** Sessions still open for employers' registration, soonest first. */
	List<SessionView> openForEmployers(LocalDate today) {
		return this.jdbc.query("select " + SESSION_COLUMNS + """
				from job_session s join organisation h on h.id = s.host_centre_id
				left join admin_unit hp on hp.id = h.province_id
				where s.registration_closes_on >= ? and s.cancelled_at is null order by s.session_date, s.start_time, s.id limit 50""", SESSION,
				today);
	}

	boolean participates(Long sessionId, Long centreId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				select exists (select 1 from job_session where id = ? and host_centre_id = ?)
				    or exists (select 1 from job_session_point where session_id = ? and centre_id = ?)""", Boolean.class,
				sessionId, centreId, sessionId, centreId));
	}

	// --- meeting points ---

	List<PointView> points(Long sessionId) {
		return this.jdbc.query("""
				select p.id, p.centre_id, o.name, u.name province, p.address, p.video_link, p.contact
				from job_session_point p join organisation o on o.id = p.centre_id
				left join admin_unit u on u.id = o.province_id where p.session_id = ? order by o.name""",
				(rs, i) -> new PointView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getString(7)),
				sessionId);
	}

	// --- employers ---

	private static final String REGISTRATION_SELECT = """
			select r.id, r.session_id, s.title, s.session_date, r.employer_id, o.name employer_name, r.status,
			  r.interview_slots, r.room_link, r.note, r.created_at
			from job_session_employer r join job_session s on s.id = r.session_id
			join employer e on e.id = r.employer_id join organisation o on o.id = e.organisation_id
			""";

	private static EmployerRegistrationView registration(ResultSet rs, int i) throws SQLException {
		return new EmployerRegistrationView(rs.getLong("id"), rs.getLong("session_id"), rs.getString("title"),
				rs.getObject("session_date", LocalDate.class), rs.getLong("employer_id"), rs.getString("employer_name"),
				RegistrationStatus.valueOf(rs.getString("status")), rs.getInt("interview_slots"),
				rs.getString("room_link"), rs.getString("note"), instant(rs.getTimestamp("created_at")), List.of());
	}

	/** A session's registrations (all, or only approved ones) with their vacancies: two statements. */
	List<EmployerRegistrationView> registrations(Long sessionId, boolean approvedOnly) {
		List<EmployerRegistrationView> rows = this.jdbc.query(REGISTRATION_SELECT + " where r.session_id = ?"
				+ (approvedOnly ? " and r.status = 'APPROVED'" : "")
				+ " order by case r.status when 'PENDING' then 0 when 'APPROVED' then 1 else 2 end, r.created_at",
				JobSessionQueries::registration, sessionId);
		return withVacancies(rows, """
				select v.id, v.title, v.quantity, ev.registration_id from job_session_employer_vacancy ev
				join vacancy v on v.id = ev.vacancy_id join job_session_employer r on r.id = ev.registration_id
				where r.session_id = ? order by v.title""", sessionId);
	}

	List<EmployerRegistrationView> registrationsOfEmployer(Long employerId) {
		List<EmployerRegistrationView> rows = this.jdbc.query(
				REGISTRATION_SELECT + " where r.employer_id = ? order by s.session_date desc, r.created_at desc limit 100",
				JobSessionQueries::registration, employerId);
		return withVacancies(rows, """
				select v.id, v.title, v.quantity, ev.registration_id from job_session_employer_vacancy ev
				join vacancy v on v.id = ev.vacancy_id join job_session_employer r on r.id = ev.registration_id
				where r.employer_id = ? order by v.title""", employerId);
	}

	Optional<EmployerRegistrationView> registration(Long id) {
		List<EmployerRegistrationView> rows = this.jdbc.query(REGISTRATION_SELECT + " where r.id = ?",
				JobSessionQueries::registration, id);
		return withVacancies(rows, """
				select v.id, v.title, v.quantity, ev.registration_id from job_session_employer_vacancy ev
				join vacancy v on v.id = ev.vacancy_id where ev.registration_id = ? order by v.title""", id).stream()
			.findFirst();
	}

	private List<EmployerRegistrationView> withVacancies(List<EmployerRegistrationView> rows, String sql, Object arg) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<VacancyItem>> items = this.jdbc
			.query(sql, (rs, i) -> new VacancyItem(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4)), arg)
			.stream()
			.collect(Collectors.groupingBy(VacancyItem::registrationId, LinkedHashMap::new, Collectors.toList()));
		return rows.stream().map(r -> r.withVacancies(items.getOrDefault(r.id(), List.of()))).toList();
	}

	int liveEmployerRegistrations(Long sessionId) {
		return this.jdbc.queryForObject(
				"select count(*) from job_session_employer where session_id = ? and status in ('PENDING', 'APPROVED')",
				Integer.class, sessionId);
	}

	boolean hasLiveRegistration(Long sessionId, Long employerId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				select exists (select 1 from job_session_employer where session_id = ? and employer_id = ?
				  and status in ('PENDING', 'APPROVED'))""", Boolean.class, sessionId, employerId));
	}

	/** Vacancies that approved employers bring to the session (what workers may say they are interested in). */
	List<VacancyItem> sessionVacancies(Long sessionId) {
		return this.jdbc.query("""
				select v.id, v.title, v.quantity, ev.registration_id from job_session_employer_vacancy ev
				join vacancy v on v.id = ev.vacancy_id join job_session_employer r on r.id = ev.registration_id
				where r.session_id = ? and r.status = 'APPROVED' order by v.title""",
				(rs, i) -> new VacancyItem(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4)), sessionId);
	}

	// --- workers ---

	int liveWorkers(Long sessionId) {
		return this.jdbc.queryForObject(
				"select count(*) from job_session_worker where session_id = ? and cancelled_at is null", Integer.class,
				sessionId);
	}

	boolean phoneRegistered(Long sessionId, String phone) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				select exists (select 1 from job_session_worker where session_id = ? and phone = ? and cancelled_at is null)""",
				Boolean.class, sessionId, phone));
	}

	List<WorkerRow> workers(Long sessionId) {
		return workers("w.session_id = ?", sessionId);
	}

	Optional<WorkerRow> workerByCode(Long sessionId, String code) {
		return workers("w.session_id = ? and w.code = ?", sessionId, code).stream().findFirst();
	}

	private List<WorkerRow> workers(String where, Object... args) {
		return this.jdbc.query("""
				select w.id, w.code, w.full_name, w.phone, pu.name province, coalesce(cu.name, w.home_commune_text) commune,
				  w.walk_in, w.checked_in_at,
				  (select string_agg(v.title, '; ' order by v.title) from job_session_worker_vacancy wv
				     join vacancy v on v.id = wv.vacancy_id where wv.worker_id = w.id) vacancies
				from job_session_worker w join admin_unit pu on pu.id = w.home_province_id
				left join admin_unit cu on cu.id = w.home_commune_id
				where\s""" + where + " and w.cancelled_at is null order by w.full_name, w.id",
				(rs, i) -> new WorkerRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getBoolean(7), instant(rs.getTimestamp(8)), rs.getString(9)),
				args);
	}

	/** Pre-registered workers interested in each registration's vacancies, in the order they registered. */
	List<Map<String, Object>> interests(Long sessionId) {
		return this.jdbc.queryForList("""
				select ev.registration_id, w.full_name, w.code, v.title
				from job_session_worker_vacancy wv join job_session_worker w on w.id = wv.worker_id
				join vacancy v on v.id = wv.vacancy_id
				join job_session_employer_vacancy ev on ev.vacancy_id = wv.vacancy_id
				join job_session_employer r on r.id = ev.registration_id and r.session_id = w.session_id
				where w.session_id = ? and w.cancelled_at is null and r.status = 'APPROVED'
				order by ev.registration_id, w.created_at, w.id""", sessionId);
	}

	// --- outcomes ---

	List<OutcomeView> outcomes(Long sessionId) {
		return this.jdbc.query("""
				select o.centre_id, coalesce(c.short_name, c.name), o.employers_attended, o.people_attended, o.counselled,
				  o.interviewed, o.selected, o.recorded_by, o.recorded_at, o.version
				from job_session_outcome o join organisation c on c.id = o.centre_id
				where o.session_id = ? order by c.name""",
				(rs, i) -> new OutcomeView(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
						rs.getInt(6), rs.getInt(7), rs.getString(8), instant(rs.getTimestamp(9)), rs.getLong(10)),
				sessionId);
	}

	/** Hires from referrals to the vacancies approved employers brought, on or after the session's day. */
	long hiresFromSession(Long sessionId) {
		return this.jdbc.queryForObject("""
				select count(*) from referral rf join job_session s on s.id = ?
				where rf.status = 'HIRED' and rf.hired_on >= s.session_date
				  and rf.vacancy_id in (select ev.vacancy_id from job_session_employer_vacancy ev
				    join job_session_employer r on r.id = ev.registration_id where r.session_id = s.id and r.status = 'APPROVED')""",
				Long.class, sessionId);
	}

	// --- yearly progress ---

	/** Every centre with a target or a session in the year: targets and actuals in one statement. */
	List<YearlyProgress> yearlyProgress(int year, LocalDate today, double share) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		LocalDate heldUntil = today.isBefore(to) ? today : to;
		return this.jdbc.query("""
				with site as (
				  select s.id session_id, s.host_centre_id centre_id, s.session_date from job_session s
				  where s.session_date between ? and ? and s.cancelled_at is null
				  union
				  select s.id, p.centre_id, s.session_date from job_session_point p join job_session s on s.id = p.session_id
				  where s.session_date between ? and ? and s.cancelled_at is null),
				held as (select centre_id, count(*) sessions from site where session_date <= ? group by centre_id),
				counted as (
				  select o.centre_id, sum(o.employers_attended) enterprises, sum(o.counselled) people
				  from job_session_outcome o join job_session s on s.id = o.session_id
				  where s.session_date between ? and ? and s.cancelled_at is null group by o.centre_id),
				centre as (select centre_id from site union select centre_id from job_session_target where year = ?)
				select c.centre_id, coalesce(org.short_name, org.name) centre_name, u.name province,
				  t.sessions t_sessions, t.enterprise_participations t_enterprises, t.people_counselled t_people, t.source,
				  coalesce(t.version, -1) t_version,
				  coalesce(h.sessions, 0) sessions, coalesce(n.enterprises, 0) enterprises, coalesce(n.people, 0) people
				from centre c join organisation org on org.id = c.centre_id
				left join admin_unit u on u.id = org.province_id
				left join job_session_target t on t.centre_id = c.centre_id and t.year = ?
				left join held h on h.centre_id = c.centre_id
				left join counted n on n.centre_id = c.centre_id
				order by t.sessions desc nulls last, coalesce(h.sessions, 0) desc, org.name""",
				(rs, i) -> new YearlyProgress(year, rs.getLong("centre_id"), rs.getString("centre_name"),
						rs.getString("province"), (Integer) rs.getObject("t_sessions"),
						(Integer) rs.getObject("t_enterprises"), (Integer) rs.getObject("t_people"),
						rs.getLong("sessions"), rs.getLong("enterprises"), rs.getLong("people"), rs.getString("source"),
						rs.getLong("t_version"), share),
				from, to, from, to, heldUntil, from, to, year, year);
	}

	/** Month by month: sessions held, enterprises, people attended and counselled (one centre, or all). */
	List<MonthProgress> byMonth(int year, Long centreId) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		String scope = centreId == null ? "" : " " + """
				and (s.host_centre_id = :c or exists (select 1 from job_session_point p where p.session_id = s.id and p.centre_id = :c))""";
		String outcomeScope = centreId == null ? "" : " and o.centre_id = :c";
		String sql = """
				select m.mon, coalesce(x.sessions, 0), coalesce(y.enterprises, 0), coalesce(y.attended, 0), coalesce(y.people, 0)
				from generate_series(1, 12) m(mon)
				left join (select extract(month from s.session_date)::int mon, count(*) sessions from job_session s
				  where s.session_date between :from and :to and s.session_date <= :today
				    and s.cancelled_at is null""" + scope + """
				  group by 1) x on x.mon = m.mon
				left join (select extract(month from s.session_date)::int mon, sum(o.employers_attended) enterprises,
				    sum(o.people_attended) attended, sum(o.counselled) people
				  from job_session_outcome o join job_session s on s.id = o.session_id
				  where s.session_date between :from and :to and s.cancelled_at is null""" + outcomeScope + """
				  group by 1) y on y.mon = m.mon
				order by m.mon""";
		var params = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("from", from)
			.addValue("to", to)
			.addValue("today", JobSessions.today())
			.addValue("c", centreId);
		return new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(this.jdbc).query(sql, params,
				(rs, i) -> new MonthProgress(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
	}

	void eachProgress(int year, LocalDate today, double share, Consumer<YearlyProgress> each) {
		yearlyProgress(year, today, share).forEach(each);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
