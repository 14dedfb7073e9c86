package vn.vieclam.portal.conference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.vieclam.portal.shared.SearchText;

/** The read side: every list is one statement, filtered and paged in PostgreSQL, names joined in. */
@Repository
class ConferenceQueries {

	private final NamedParameterJdbcTemplate jdbc;

	ConferenceQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Page<ConferenceRow> search(String q, ConferenceKind kind, Pageable pageable) {
		MapSqlParameterSource params = new MapSqlParameterSource("q", SearchText.pattern(q))
			.addValue("kind", kind == null ? "" : kind.name())
			.addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		String where = """
				from conference c join organisation h on h.id = c.host_id
				where (:q = '' or fold(c.title) like fold(:q)) and (:kind = '' or c.kind = :kind)""";
		List<ConferenceRow> rows = this.jdbc.query("""
				select c.id, c.title, c.kind, c.format, c.conference_date, c.start_time, c.venue, h.name as host_name,
				  (select count(*) from connection_point p where p.conference_id = c.id) as points,
				  (select count(*) from agenda_item a where a.conference_id = c.id) as items,
				  (select count(*) from conference_question x where x.conference_id = c.id and x.status in ('NEW', 'ROUTED')) as open_questions
				""" + where + " order by c.conference_date desc, c.id desc limit :limit offset :offset", params,
				(rs, i) -> new ConferenceRow(rs.getLong("id"), rs.getString("title"), ConferenceKind.valueOf(rs.getString("kind")),
						ConferenceFormat.valueOf(rs.getString("format")), rs.getObject("conference_date", LocalDate.class),
						rs.getObject("start_time", java.time.LocalTime.class), rs.getString("venue"), rs.getString("host_name"),
						rs.getInt("points"), rs.getInt("items"), rs.getInt("open_questions")));
		Long total = this.jdbc.queryForObject("select count(*) " + where, params, Long.class);
		return new PageImpl<>(rows, pageable, total == null ? 0 : total);
	}

	boolean existsTitled(String title) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("select exists (select 1 from conference where title = :t)",
				new MapSqlParameterSource("t", title), Boolean.class));
	}

	String organisationName(Long id) {
		if (id == null) {
			return null;
		}
		return this.jdbc.queryForObject("select name from organisation where id = :id", new MapSqlParameterSource("id", id),
				String.class);
	}

	String unitName(Long id) {
		if (id == null) {
			return null;
		}
		return this.jdbc.queryForObject("select name from admin_unit where id = :id", new MapSqlParameterSource("id", id),
				String.class);
	}

	List<InvitationRow> invitations(Long conferenceId) {
		return this.jdbc.query("""
				select i.id, i.organisation_id, o.name as organisation_name, i.point_id, p.name as point_name, i.quota,
				  i.gift_quota, i.rsvp, i.confirmed, i.checked_in, i.version
				from conference_invitation i join organisation o on o.id = i.organisation_id
				left join connection_point p on p.id = i.point_id
				where i.conference_id = :id order by o.name, i.id""", new MapSqlParameterSource("id", conferenceId),
				(rs, n) -> new InvitationRow(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
						(Long) rs.getObject("point_id"), rs.getString("point_name"), rs.getInt("quota"), rs.getInt("gift_quota"),
						Rsvp.valueOf(rs.getString("rsvp")), (Integer) rs.getObject("confirmed"), rs.getInt("checked_in"),
						rs.getLong("version")));
	}

	QuestionStats stats(Long conferenceId, LocalDate today) {
		return this.jdbc.queryForObject("""
				select count(*) filter (where status = 'NEW') as fresh,
				  count(*) filter (where status = 'ROUTED') as routed,
				  count(*) filter (where status = 'ROUTED' and answer_due_on < :today) as overdue,
				  count(*) filter (where status = 'ANSWERED') as answered,
				  count(*) filter (where status = 'APPROVED') as approved,
				  count(*) filter (where status = 'REJECTED') as rejected,
				  count(*) filter (where status = 'MERGED') as merged
				from conference_question where conference_id = :id""",
				new MapSqlParameterSource("id", conferenceId).addValue("today", today),
				(rs, n) -> new QuestionStats(rs.getInt("fresh"), rs.getInt("routed"), rs.getInt("overdue"), rs.getInt("answered"),
						rs.getInt("approved"), rs.getInt("rejected"), rs.getInt("merged")));
	}

	private static final String QUESTION_ROW = """
			select x.id, x.conference_id, c.title as conference_title, x.status, x.topic, left(x.body, 300) as body,
			  x.anonymous, x.petitioner_name, d.name as department_name, x.answer_due_on, x.submitted_at,
			  (select count(*) from conference_question m where m.merged_into_id = x.id) as merged
			from conference_question x join conference c on c.id = x.conference_id
			left join organisation d on d.id = x.department_id
			""";

	/** The organisers' list: every question of the conference in the given state ("open" = new or routed). */
	List<QuestionRow> questions(Long conferenceId, String filter, LocalDate today) {
		return this.jdbc.query(QUESTION_ROW + """
				where x.conference_id = :id and (:filter = ''
				  or (:filter = 'OPEN' and x.status in ('NEW', 'ROUTED', 'ANSWERED'))
				  or (:filter = 'OVERDUE' and x.status = 'ROUTED' and x.answer_due_on < :today)
				  or x.status = :filter)
				order by x.id""",
				new MapSqlParameterSource("id", conferenceId).addValue("filter", filter).addValue("today", today),
				(rs, n) -> questionRow(rs, true));
	}

	/** A department's work: the questions routed to it across conferences, oldest deadline first. */
	List<QuestionRow> assigned(Long departmentId) {
		return this.jdbc.query(QUESTION_ROW + """
				where x.department_id = :dept and x.status in ('ROUTED', 'ANSWERED')
				order by x.answer_due_on, x.id""", new MapSqlParameterSource("dept", departmentId),
				(rs, n) -> questionRow(rs, true));
	}

	private static QuestionRow questionRow(ResultSet rs, boolean personal) throws SQLException {
		String topic = rs.getString("topic");
		return new QuestionRow(rs.getLong("id"), rs.getLong("conference_id"), rs.getString("conference_title"),
				QuestionStatus.valueOf(rs.getString("status")), topic == null ? null : QuestionTopic.valueOf(topic),
				rs.getString("body"), rs.getBoolean("anonymous"), personal ? rs.getString("petitioner_name") : null,
				rs.getString("department_name"), rs.getObject("answer_due_on", LocalDate.class),
				instant(rs.getTimestamp("submitted_at")), rs.getInt("merged"));
	}

	List<QaEntry> qa(Long conferenceId) {
		return this.jdbc.query("""
				select x.id, x.topic, x.body, d.name as department_name, x.answer,
				  (select count(*) from conference_question m where m.merged_into_id = x.id) as similar
				from conference_question x left join organisation d on d.id = x.department_id
				where x.conference_id = :id and x.status = 'APPROVED'
				order by x.topic nulls last, x.id""", new MapSqlParameterSource("id", conferenceId),
				(rs, n) -> new QaEntry(rs.getLong("id"), rs.getString("topic") == null ? null : QuestionTopic.valueOf(rs.getString("topic")),
						rs.getString("body"), rs.getString("department_name"), rs.getString("answer"), rs.getInt("similar")));
	}

	List<GiftRow> gifts(Long conferenceId) {
		return this.jdbc.query("""
				select g.id, g.unit_id, o.name as unit_name, g.full_name, g.workplace, g.circumstances, g.nominated_on,
				  g.status, g.handed_over_at
				from gift_recipient g join organisation o on o.id = g.unit_id
				where g.conference_id = :id order by o.name, g.id""", new MapSqlParameterSource("id", conferenceId),
				(rs, n) -> new GiftRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("full_name"),
						rs.getString("workplace"), rs.getString("circumstances"), rs.getObject("nominated_on", LocalDate.class),
						GiftStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("handed_over_at"))));
	}

	List<UnitQuota> giftQuotas(Long conferenceId) {
		return this.jdbc.query("""
				select i.organisation_id, o.name, i.gift_quota,
				  count(g.id) filter (where g.status <> 'REJECTED') as nominated,
				  count(g.id) filter (where g.status = 'APPROVED') as approved,
				  count(g.id) filter (where g.handed_over_at is not null) as handed_over
				from conference_invitation i join organisation o on o.id = i.organisation_id
				left join gift_recipient g on g.conference_id = i.conference_id and g.unit_id = i.organisation_id
				where i.conference_id = :id and i.gift_quota > 0
				group by i.organisation_id, o.name, i.gift_quota order by o.name""",
				new MapSqlParameterSource("id", conferenceId),
				(rs, n) -> new UnitQuota(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
