package vn.vieclam.portal.conference;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.reference.OrganisationRef;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.NotFoundException;
import vn.vieclam.portal.shared.Versions;
import vn.vieclam.portal.shared.audit.AuditLog;

/**
 * Questions and petitions for a conference: submitted on the public form or entered by union staff,
 * moderated and routed by the organisers, answered by the department they are routed to, approved and
 * published as a Q&A. Petitioners' personal data is shown only to the organisers and to that department.
 */
@Service
@Transactional
public class Questions {

	/** Days before the conference by which a department's answer is due, unless the organiser sets another day. */
	static final int ANSWER_DAYS_BEFORE = 3;

	private final QuestionRepository questions;

	private final Conferences conferences;

	private final ConferenceQueries queries;

	private final ReferenceData reference;

	private final AuditLog audit;

	Questions(QuestionRepository questions, Conferences conferences, ConferenceQueries queries, ReferenceData reference,
			AuditLog audit) {
		this.questions = questions;
		this.conferences = conferences;
		this.queries = queries;
		this.reference = reference;
		this.audit = audit;
	}

	/** The default answer deadline: a few days before the conference, but never before today. */
	static LocalDate defaultDueOn(LocalDate conferenceDate, LocalDate today) {
		LocalDate due = conferenceDate.minusDays(ANSWER_DAYS_BEFORE);
		return due.isBefore(today) ? (today.isAfter(conferenceDate) ? conferenceDate : today) : due;
	}

	/** A question from the public form; refused once the conference no longer takes questions. */
	Long submit(Long conferenceId, Petitioner petitioner, String body, LocalDate today) {
		Conference conference = this.conferences.find(conferenceId);
		if (!conference.takesQuestionsOn(today)) {
			throw new DomainException("conference.questions.closed");
		}
		return this.questions.save(new Question(conferenceId, QuestionSource.PUBLIC, petitioner, body)).getId();
	}

	/** Union staff enter a question they collected (on paper, at a meeting) on the worker's behalf. */
	public Long enter(PortalUser user, Long conferenceId, Petitioner petitioner, String body) {
		this.conferences.organised(user, conferenceId);
		return this.questions.save(new Question(conferenceId, QuestionSource.STAFF, petitioner, body)).getId();
	}

	@Transactional(readOnly = true)
	List<QuestionRow> list(PortalUser user, Long conferenceId, String filter, LocalDate today) {
		this.conferences.organised(user, conferenceId);
		return this.queries.questions(conferenceId, filter, today);
	}

	@Transactional(readOnly = true)
	QuestionStats stats(Long conferenceId, LocalDate today) {
		return this.queries.stats(conferenceId, today);
	}

	@Transactional(readOnly = true)
	List<QuestionRow> assigned(PortalUser user) {
		Conferences.requireOfficial(user);
		return this.queries.assigned(user.organisationId());
	}

	/** One question, for its organisers or the department it was routed to (an audited view for the latter). */
	QuestionView view(PortalUser user, Long conferenceId, Long questionId) {
		Question question = readable(user, conferenceId, questionId);
		boolean organiser = this.conferences.find(conferenceId).organisedBy(user.organisationId());
		if (!organiser) {
			this.audit.recordView("ConferenceQuestion", questionId, "petitioner seen by the answering department");
		}
		return question.view(true, this.queries.organisationName(question.getDepartmentId()));
	}

	boolean organises(PortalUser user, Long conferenceId) {
		return this.conferences.find(conferenceId).organisedBy(user.organisationId());
	}

	public void route(PortalUser user, Long conferenceId, Long questionId, long version, QuestionTopic topic, Long departmentId,
			LocalDate dueOn) {
		Conference conference = this.conferences.organised(user, conferenceId);
		Question question = own(conferenceId, questionId, version);
		OrganisationRef department = this.reference.organisation(departmentId);
		if (!department.active()) {
			throw DomainException.onField("departmentId", "conference.question.departmentInactive");
		}
		LocalDate due = dueOn == null ? defaultDueOn(conference.getDate(), LocalDate.now(Formats.VIETNAM)) : dueOn;
		if (due.isAfter(conference.getDate())) {
			throw DomainException.onField("dueOn", "conference.question.dueAfterConference");
		}
		question.route(topic, departmentId, due);
	}

	void reject(PortalUser user, Long conferenceId, Long questionId, long version, String reason) {
		this.conferences.organised(user, conferenceId);
		own(conferenceId, questionId, version).reject(reason);
	}

	void merge(PortalUser user, Long conferenceId, Long questionId, long version, Long intoId) {
		this.conferences.organised(user, conferenceId);
		Question question = own(conferenceId, questionId, version);
		Question primary = this.questions.findById(intoId).filter(q -> q.getConferenceId().equals(conferenceId))
			.orElseThrow(() -> DomainException.onField("intoId", "conference.question.mergeTarget"));
		question.mergeInto(primary);
	}

	/** The department's answer (a draft for the organiser's approval); only the department it was routed to. */
	public void answer(PortalUser user, Long conferenceId, Long questionId, long version, String text) {
		Conferences.requireOfficial(user);
		Question question = this.questions.findById(questionId).filter(q -> q.getConferenceId().equals(conferenceId))
			.filter(q -> user.organisationId().equals(q.getDepartmentId()))
			.orElseThrow(() -> new NotFoundException("question", questionId));
		Versions.require(question.getVersion(), version, Question.class, questionId);
		question.answer(text, user.getUsername());
	}

	public void approve(PortalUser user, Long conferenceId, Long questionId, long version) {
		this.conferences.organised(user, conferenceId);
		own(conferenceId, questionId, version).approve();
	}

	void returnToDepartment(PortalUser user, Long conferenceId, Long questionId, long version, String note) {
		this.conferences.organised(user, conferenceId);
		own(conferenceId, questionId, version).returnToDepartment(note);
	}

	public void publish(PortalUser user, Long conferenceId, boolean published) {
		Conference conference = this.conferences.organised(user, conferenceId);
		if (published) {
			conference.publishQa();
		}
		else {
			conference.unpublishQa();
		}
	}

	/** The public Q&A: approved answers only, once the organisers published them; else 404. */
	@Transactional(readOnly = true)
	List<QaEntry> publicQa(Long conferenceId) {
		Conference conference = this.conferences.find(conferenceId);
		if (conference.getQaPublishedAt() == null) {
			throw new NotFoundException("qa", conferenceId);
		}
		return this.queries.qa(conferenceId);
	}

	private Question readable(PortalUser user, Long conferenceId, Long questionId) {
		Conferences.requireOfficial(user);
		Question question = this.questions.findById(questionId).filter(q -> q.getConferenceId().equals(conferenceId))
			.orElseThrow(() -> new NotFoundException("question", questionId));
		boolean organiser = this.conferences.find(conferenceId).organisedBy(user.organisationId());
		if (!organiser && !user.organisationId().equals(question.getDepartmentId())) {
			throw new NotFoundException("question", questionId);
		}
		return question;
	}

	private Question own(Long conferenceId, Long questionId, long version) {
		Question question = this.questions.findById(questionId).filter(q -> q.getConferenceId().equals(conferenceId))
			.orElseThrow(() -> new NotFoundException("question", questionId));
		Versions.require(question.getVersion(), version, Question.class, questionId);
		return question;
	}

}
