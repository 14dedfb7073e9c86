package vn.vieclam.portal.vacancy;

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
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.vieclam.portal.shared.CappedPage;
import vn.vieclam.portal.shared.SearchText;

/** The read side of vacancies: every list is one SQL statement, filtered and paged in PostgreSQL. */
@Repository
class VacancyQueries {

	/** The board's rows: the vacancy with the names a card shows. */
	static final String BOARD_ROWS = """
			select v.id, v.title, o.name as employer_name, z.name as zone_name, p.name as province_name,
			       v.wage_min, v.wage_max, v.housing, v.meals, v.shuttle_bus, v.quantity - v.hired as open_places,
			       sl.name_vi, sl.name_en, v.term, v.closing_date, v.published_at
			from vacancy v
			join employer e on e.id = v.employer_id
			join organisation o on o.id = e.organisation_id
			join skill_level sl on sl.code = v.skill_level_code
			join admin_unit p on p.id = v.work_province_id
			left join industrial_zone z on z.id = e.industrial_zone_id
			""";

	static final String VIEW = """
			select v.*, o.name as employer_name, o.short_name as employer_short_name,
			       e.verification = 'VERIFIED' as employer_verified, e.competent_body_id, e.contact_phone,
			       z.name as zone_name, oc.name_vi as occupation_vi, oc.name_en as occupation_en,
			       sl.name_vi as skill_vi, sl.name_en as skill_en, p.name as province_name, c.name as commune_name
			from vacancy v
			join employer e on e.id = v.employer_id
			join organisation o on o.id = e.organisation_id
			left join industrial_zone z on z.id = e.industrial_zone_id
			join occupation oc on oc.code = v.occupation_code
			join skill_level sl on sl.code = v.skill_level_code
			join admin_unit p on p.id = v.work_province_id
			left join admin_unit c on c.id = v.work_commune_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	VacancyQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	BoardPage board(BoardQuery query, LocalDate today) {
		String pattern = SearchText.pattern(query.q());
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("today", today)
			.addValue("q", pattern)
			.addValue("province", query.province(), Types.BIGINT)
			.addValue("occupation", query.occupation())
			.addValue("skill", query.skillLevel())
			.addValue("housing", query.housing())
			.addValue("wageMin", query.wageMin(), Types.BIGINT);
		String order = "wage".equals(query.sort()) ? "v.wage_max desc, v.id desc" : "v.published_at desc, v.id desc";
		String where = boardWhere(query, pattern);
		// The rows' joins are written in the order that runs them: the filtered, ordered vacancies first, then one
		// look-up per row. Searching the other orders of six tables was most of the statement's cost (4 ms of
		// planning for 0.6 ms of work at 1M vacancies; 0.9 ms with the order fixed). For this transaction only.
		this.jdbc.getJdbcOperations().execute("set local join_collapse_limit = 1");
		SearchText.planForTheWords(this.jdbc.getJdbcOperations(), pattern);
		// The page's limit and offset are written into the statement: bound as parameters, PostgreSQL plans for an
		// unknown limit (a tenth of the rows) and so never settles on a reusable plan.
		long offset = (long) query.page() * BoardQuery.PAGE_SIZE;
		List<BoardRow> rows = this.jdbc.query(
				BOARD_ROWS + where + " order by " + order + " limit " + (BoardQuery.PAGE_SIZE + 1) + " offset " + offset,
				params,
				(rs, i) -> new BoardRow(rs.getLong("id"), rs.getString("title"), rs.getString("employer_name"),
						rs.getString("zone_name"), rs.getString("province_name"), rs.getLong("wage_min"),
						rs.getLong("wage_max"), Housing.valueOf(rs.getString("housing")), rs.getBoolean("meals"),
						rs.getBoolean("shuttle_bus"), rs.getInt("open_places"), rs.getString("name_vi"),
						rs.getString("name_en"), Term.valueOf(rs.getString("term")),
						rs.getObject("closing_date", LocalDate.class), instant(rs, "published_at")));
		boolean hasNext = rows.size() > BoardQuery.PAGE_SIZE;
		if (hasNext) {
			rows = rows.subList(0, BoardQuery.PAGE_SIZE);
		}
		// A result that ends on this page needs no count. Otherwise: every filter is on the vacancy and the joins only
		// add names (their keys are not null, with foreign keys), so the count needs none of them.
		long total = CappedPage
			.totalWithoutCounting(PageRequest.of(query.page(), BoardQuery.PAGE_SIZE), rows.size(), !hasNext)
			.orElseGet(() -> this.jdbc.queryForObject(
					CappedPage.countSql("from vacancy v " + where, String.valueOf(BoardPage.COUNT_CAP + 1)), params,
					Long.class));
		return new BoardPage(rows, query.page(), hasNext, Math.min(total, BoardPage.COUNT_CAP),
				total > BoardPage.COUNT_CAP);
	}

	/**
	 * The board's filters as SQL, only those the worker set, so that each combination is its own prepared statement
	 * with nothing left to fold away: the unfiltered board keeps one plan, and a search is planned in about 1 ms
	 * (a text search every time, for its words: {@link SearchText#planForTheWords}). Written as {@code (:q = '' or …)}
	 * for every filter, every search took 3.9 ms of planning for 0.6 ms of work at 1M vacancies (pg_stat_statements,
	 * bench/RESULTS.md).
	 */
	private static String boardWhere(BoardQuery query, String pattern) {
		StringBuilder where = new StringBuilder("where v.status = 'PUBLISHED' and v.closing_date >= :today");
		if (!pattern.isEmpty()) {
			where.append(" and v.search_folded like fold(:q)");
		}
		if (query.province() != null) {
			where.append(" and v.work_province_id = :province");
		}
		if (!query.occupation().isEmpty()) {
			where.append(" and v.occupation_code like :occupation || '%'");
		}
		if (!query.skillLevel().isEmpty()) {
			where.append(" and v.skill_level_code = :skill");
		}
		if (query.housing()) {
			where.append(" and v.housing <> 'NONE'");
		}
		if (query.wageMin() != null) {
			where.append(" and v.wage_max >= :wageMin");
		}
		return where.toString();
	}

	Optional<VacancyView> view(Long id) {
		return this.jdbc.query(VIEW + " where v.id = :id", Map.of("id", id), (RowMapper<VacancyView>) this::view).stream()
			.findFirst();
	}

	Page<VacancyRow> ofEmployer(Long employerId, VacancyStatus status, Pageable pageable) {
		return rows(" where v.employer_id = :employer and (:status = '' or v.status = :status)",
				new MapSqlParameterSource("employer", employerId).addValue("status", status == null ? "" : status.name()),
				" order by v.updated_at desc, v.id desc", pageable);
	}

	/** Vacancies waiting for approval, oldest first; {@code bodyId} limits to one competent body. */
	Page<VacancyRow> queue(Long bodyId, VacancyStatus status, Pageable pageable) {
		return rows(" where v.status = :status and (cast(:body as bigint) is null or e.competent_body_id = :body)",
				new MapSqlParameterSource("status", status.name()).addValue("body", bodyId, Types.BIGINT),
				" order by v.submitted_at nulls last, v.id", pageable);
	}

	long countInQueue(Long bodyId) {
		Long count = this.jdbc.queryForObject("""
				select count(*) from vacancy v join employer e on e.id = v.employer_id
				where v.status = 'SUBMITTED' and (cast(:body as bigint) is null or e.competent_body_id = :body)""",
				new MapSqlParameterSource().addValue("body", bodyId, Types.BIGINT), Long.class);
		return count == null ? 0 : count;
	}

	List<Map<String, Object>> revisions(Long vacancyId) {
		return this.jdbc.queryForList("""
				select changed_at, changed_by, changes::text as changes from vacancy_revision
				where vacancy_id = :id order by changed_at desc, id desc""", Map.of("id", vacancyId));
	}

	static final String INTEREST = """
			select i.*, v.title, o.name as employer_name, p.name as province_name, c.name as commune_name
			from interest i
			join vacancy v on v.id = i.vacancy_id
			join employer e on e.id = v.employer_id
			join organisation o on o.id = e.organisation_id
			join admin_unit p on p.id = i.home_province_id
			left join admin_unit c on c.id = i.home_commune_id
			""";

	static final RowMapper<InterestRow> INTEREST_ROW = (rs, n) -> new InterestRow(rs.getLong("id"),
			rs.getLong("vacancy_id"), rs.getString("title"), rs.getString("employer_name"), rs.getString("full_name"),
			rs.getString("phone"), rs.getLong("home_province_id"), rs.getString("province_name"),
			(Long) rs.getObject("home_commune_id"), rs.getString("commune_name"), rs.getString("home_commune_text"),
			rs.getString("message"), instant(rs, "consent_at"), rs.getString("consent_notice"), rs.getString("status"),
			instant(rs, "created_at"));

	Page<InterestRow> inbox(Long centreId, String status, Pageable pageable) {
		MapSqlParameterSource params = new MapSqlParameterSource("centre", centreId).addValue("status", status)
			.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		List<InterestRow> rows = this.jdbc.query(INTEREST + " where i.job_centre_id = :centre and i.status = :status"
				+ " order by i.created_at desc, i.id desc limit :limit offset :offset", params, INTEREST_ROW);
		Long total = this.jdbc.queryForObject(
				"select count(*) from interest where job_centre_id = :centre and status = :status", params, Long.class);
		return new PageImpl<>(rows, pageable, total == null ? 0 : total);
	}

	Optional<InterestRow> interest(Long id) {
		return this.jdbc.query(INTEREST + " where i.id = :id", Map.of("id", id), INTEREST_ROW).stream().findFirst();
	}

	Long interestCentre(Long id) {
		return this.jdbc.query("select job_centre_id from interest where id = :id", Map.of("id", id),
				rs -> rs.next() ? (Long) rs.getObject(1) : null);
	}

	/** Ids of published vacancies whose closing date has passed. */
	List<Long> expired(LocalDate today) {
		return this.jdbc.queryForList("select id from vacancy where status = 'PUBLISHED' and closing_date < :today",
				Map.of("today", today), Long.class);
	}

	private Page<VacancyRow> rows(String where, MapSqlParameterSource params, String order, Pageable pageable) {
		params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		String from = " from vacancy v join employer e on e.id = v.employer_id join organisation o on o.id = e.organisation_id";
		List<VacancyRow> rows = this.jdbc.query("""
				select v.id, v.title, o.name as employer_name, v.quantity, v.hired, v.status, v.closing_date,
				       v.submitted_at, v.published_at, e.competent_body_id""" + from + where + order
				+ " limit :limit offset :offset", params,
				(rs, i) -> new VacancyRow(rs.getLong("id"), rs.getString("title"), rs.getString("employer_name"),
						rs.getInt("quantity"), rs.getInt("hired"), VacancyStatus.valueOf(rs.getString("status")),
						rs.getObject("closing_date", LocalDate.class), instant(rs, "submitted_at"),
						instant(rs, "published_at"), rs.getLong("competent_body_id")));
		Long total = this.jdbc.queryForObject("select count(*)" + from + where, params, Long.class);
		return new PageImpl<>(rows, pageable, total == null ? 0 : total);
	}

	private VacancyView view(ResultSet rs, int row) throws SQLException {
		return new VacancyView(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("employer_name"),
				rs.getString("employer_short_name"), rs.getBoolean("employer_verified"), rs.getLong("competent_body_id"),
				rs.getString("zone_name"), rs.getString("title"), rs.getString("occupation_code"),
				rs.getString("occupation_vi"), rs.getString("occupation_en"), rs.getString("skill_level_code"),
				rs.getString("skill_vi"), rs.getString("skill_en"), rs.getInt("quantity"), rs.getInt("hired"),
				Term.valueOf(rs.getString("term")), rs.getObject("start_date", LocalDate.class), rs.getLong("wage_min"),
				rs.getLong("wage_max"), rs.getString("benefits"), Housing.valueOf(rs.getString("housing")),
				(Long) rs.getObject("housing_amount"), rs.getBoolean("meals"), rs.getBoolean("shuttle_bus"),
				rs.getString("working_hours"), rs.getString("shifts"), (Integer) rs.getObject("age_min"),
				(Integer) rs.getObject("age_max"), Gender.valueOf(rs.getString("gender")),
				rs.getString("requirement_reason"), rs.getLong("work_province_id"), rs.getString("province_name"),
				(Long) rs.getObject("work_commune_id"), rs.getString("commune_name"), rs.getString("work_address"),
				rs.getObject("closing_date", LocalDate.class), rs.getString("description"),
				VacancyStatus.valueOf(rs.getString("status")), rs.getString("return_reason"), instant(rs, "submitted_at"),
				instant(rs, "published_at"), instant(rs, "updated_at"), rs.getString("contact_phone"),
				rs.getLong("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
