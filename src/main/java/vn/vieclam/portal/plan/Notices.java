package vn.vieclam.portal.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.Role;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.NotFoundException;

/**
 * Conclusion notices for any source — a delegation's visit, a conference, or other — and the commitments they
 * assign. Other modules record and list notices through this service by their source's kind and id; the
 * commitments are then followed on /tasks like the plan's tasks.
 */
@Service
@Transactional
public class Notices {

	private final ConclusionNoticeRepository notices;

	private final TaskQueries queries;

	private final NamedParameterJdbcTemplate jdbc;

	private final ReferenceData reference;

	private final List<NoticeSource> sources;

	private final Organisers organisers;

	Notices(ConclusionNoticeRepository notices, TaskQueries queries, NamedParameterJdbcTemplate jdbc,
			ReferenceData reference, List<NoticeSource> sources, Organisers organisers) {
		this.notices = notices;
		this.queries = queries;
		this.jdbc = jdbc;
		this.reference = reference;
		this.sources = sources;
		this.organisers = organisers;
	}

	/**
	 * Whether the user may record a notice for this source: its organisers (a delegation's, a conference's) and the
	 * administrator; for a source no module owns, any official, in the name of their own organisation.
	 */
	@Transactional(readOnly = true)
	public boolean mayRecord(PortalUser user, SourceKind kind, Long sourceId) {
		if (user == null || user.is(Role.ADMIN)) {
			return user != null;
		}
		return source(kind).map(s -> s.organisedBy(user, sourceId)).orElse(user.is(Role.OFFICIAL));
	}

	/** A notice recorded by a user who may (others get 404); the issuer of a source-less notice must be theirs. */
	public Long record(PortalUser user, SourceKind kind, Long sourceId, NoticeDetails details) {
		sourceTitle(kind, sourceId);
		if (!mayRecord(user, kind, sourceId)) {
			throw new NotFoundException(kind.name(), sourceId);
		}
		if (source(kind).isEmpty() && details.issuerId() != null
				&& !this.organisers.actsFor(user, List.of(details.issuerId()))) {
			throw DomainException.onField("issuerId", "notice.issuer.notYours");
		}
		return record(kind, sourceId, details);
	}

	/** Whether the user may add commitments: the issuing body's officials, the source's organisers, the administrator. */
	@Transactional(readOnly = true)
	public boolean mayEdit(PortalUser user, Long noticeId) {
		ConclusionNotice n = this.notices.findById(noticeId).orElseThrow(() -> new NotFoundException("notice", noticeId));
		return this.organisers.actsFor(user, List.of(n.getIssuerId()))
				|| source(n.getSourceKind()).map(s -> s.organisedBy(user, n.getSourceId())).orElse(false);
	}

	/** A commitment added by a user who may change the notice; anyone else gets 404. */
	public Long addCommitment(PortalUser user, Long noticeId, CommitmentDetails details) {
		if (!mayEdit(user, noticeId)) {
			throw new NotFoundException("notice", noticeId);
		}
		return addCommitment(noticeId, details);
	}

	/** Records a notice for its source; the source must exist (404 otherwise). */
	public Long record(SourceKind kind, Long sourceId, NoticeDetails details) {
		sourceTitle(kind, sourceId);
		if (details.issuerId() == null) {
			throw DomainException.onField("issuerId", "NotNull");
		}
		this.reference.organisation(details.issuerId());
		return this.notices.save(new ConclusionNotice(kind, sourceId, details)).getId();
	}

	/** Adds a commitment at the end of the notice's list. */
	public Long addCommitment(Long noticeId, CommitmentDetails details) {
		ConclusionNotice notice = this.notices.findById(noticeId).orElseThrow(() -> new NotFoundException("notice", noticeId));
		if (details.responsibleId() == null) {
			throw DomainException.onField("responsibleId", "NotNull");
		}
		this.reference.organisation(details.responsibleId());
		Commitment commitment = notice.commit(details);
		this.notices.flush();
		return commitment.getId();
	}

	@Transactional(readOnly = true)
	public Optional<Long> find(SourceKind kind, Long sourceId, String number) {
		return this.notices.findFirstBySourceKindAndSourceIdAndNumber(kind, sourceId, number).map(ConclusionNotice::getId);
	}

	/** A source's notices with their commitments counted by status, in one statement. */
	@Transactional(readOnly = true)
	public List<NoticeSummary> ofSource(SourceKind kind, Long sourceId, LocalDate today) {
		return this.jdbc.query("""
				select n.id, n.number, n.issued_on, o.name as issuer_name, n.signer,
				       count(c.id) as commitments,
				       count(c.id) filter (where c.done_on is null and c.due_by < :today) as overdue,
				       count(c.id) filter (where c.done_on is not null) as done
				from conclusion_notice n join organisation o on o.id = n.issuer_id
				left join commitment c on c.notice_id = n.id
				where n.source_kind = :kind and n.source_id = :source
				group by n.id, o.name order by n.issued_on, n.id""",
				new MapSqlParameterSource("kind", kind.name()).addValue("source", sourceId)
					.addValue("today", java.sql.Date.valueOf(today)),
				(rs, i) -> new NoticeSummary(rs.getLong("id"), rs.getString("number"), rs.getDate("issued_on").toLocalDate(),
						rs.getString("issuer_name"), rs.getString("signer"), rs.getLong("commitments"), rs.getLong("overdue"),
						rs.getLong("done")));
	}

	@Transactional(readOnly = true)
	public NoticeView view(Long id, LocalDate today) {
		ConclusionNotice n = this.notices.findById(id).orElseThrow(() -> new NotFoundException("notice", id));
		List<ItemRow> commitments = this.jdbc.query(TaskQueries.ITEMS + " and i.notice_id = :notice order by i.id",
				new MapSqlParameterSource("today", java.sql.Date.valueOf(today)).addValue("scope", null)
					.addValue("org", null).addValue("status", null).addValue("plan", null).addValue("kind", "COMMITMENT")
					.addValue("monthStart", null).addValue("monthEnd", null).addValue("dueWithin", null)
					.addValue("notice", id),
				TaskQueries.ROW);
		return new NoticeView(n.getId(), n.getSourceKind(), n.getSourceId(), sourceTitle(n.getSourceKind(), n.getSourceId()),
				n.getNumber(), n.getIssuedOn(), this.reference.organisation(n.getIssuerId()).name(), n.getSigner(),
				n.getSignerTitle(), n.getSummary(), commitments, n.getVersion());
	}

	/** Commitments by status over every notice (dashboard), in one statement. */
	@Transactional(readOnly = true)
	public Map<ItemStatus, Long> commitmentCountsByStatus(LocalDate today) {
		return this.queries.countsByStatus(ItemKind.COMMITMENT, today);
	}

	private Optional<NoticeSource> source(SourceKind kind) {
		return this.sources.stream().filter(s -> s.kind() == kind).findFirst();
	}

	/** The source's title from its module; null for a kind no module names; 404 for a source that does not exist. */
	@Transactional(readOnly = true)
	public String sourceTitle(SourceKind kind, Long sourceId) {
		for (NoticeSource source : this.sources) {
			if (source.kind() == kind) {
				return source.title(sourceId).orElseThrow(() -> new NotFoundException(kind.name(), sourceId));
			}
		}
		return null;
	}

}
