package vn.vieclam.portal.conference;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.vieclam.portal.shared.DomainException;

/**
 * A worker's question or petition for a dialogue conference. The organiser accepts it by routing it to
 * the department that must answer by a date, or rejects it with a reason, or merges it into the same
 * question asked before; the department drafts the answer; the organiser approves it for the Q&A.
 */
@Entity
@Table(name = "conference_question")
class Question {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long conferenceId;

	@Enumerated(EnumType.STRING)
	private QuestionSource source;

	private boolean anonymous;

	private String petitionerName;

	private String workplace;

	private String phone;

	private Instant consentAt;

	private String consentNotice;

	@Column(name = "body")
	private String body;

	@Enumerated(EnumType.STRING)
	private QuestionStatus status = QuestionStatus.NEW;

	private String rejectReason;

	private Long mergedIntoId;

	@Enumerated(EnumType.STRING)
	private QuestionTopic topic;

	private Long departmentId;

	private LocalDate answerDueOn;

	private String answer;

	private String answeredBy;

	private Instant answeredAt;

	private Instant approvedAt;

	private String returnNote;

	private Instant submittedAt = Instant.now();

	@Version
	private long version;

	protected Question() {
	}

	Question(Long conferenceId, QuestionSource source, Petitioner petitioner, String body) {
		this.conferenceId = conferenceId;
		this.source = source;
		this.anonymous = petitioner.anonymous();
		if (!this.anonymous) {
			this.petitionerName = petitioner.name();
			this.workplace = petitioner.workplace();
			this.phone = petitioner.phone();
			if (source == QuestionSource.PUBLIC) {
				this.consentAt = Instant.now();
				this.consentNotice = Petitioner.NOTICE_VERSION;
			}
		}
		else {
			this.workplace = petitioner.workplace();
		}
		this.body = body;
	}

	/** Accepts the question and sends it to the department that answers, due by the given day. */
	void route(QuestionTopic topic, Long departmentId, LocalDate dueOn) {
		require(this.status == QuestionStatus.NEW || this.status == QuestionStatus.ROUTED);
		this.topic = topic;
		this.departmentId = departmentId;
		this.answerDueOn = dueOn;
		this.status = QuestionStatus.ROUTED;
	}

	void reject(String reason) {
		require(this.status == QuestionStatus.NEW);
		this.rejectReason = reason;
		this.status = QuestionStatus.REJECTED;
	}

	void mergeInto(Question primary) {
		require(this.status == QuestionStatus.NEW || this.status == QuestionStatus.ROUTED);
		if (primary.id.equals(this.id) || primary.status == QuestionStatus.MERGED || primary.status == QuestionStatus.REJECTED
				|| !primary.conferenceId.equals(this.conferenceId)) {
			throw DomainException.onField("intoId", "conference.question.mergeTarget");
		}
		this.mergedIntoId = primary.id;
		this.status = QuestionStatus.MERGED;
	}

	void answer(String text, String by) {
		require(this.status == QuestionStatus.ROUTED || this.status == QuestionStatus.ANSWERED);
		this.answer = text;
		this.answeredBy = by;
		this.answeredAt = Instant.now();
		this.returnNote = null;
		this.status = QuestionStatus.ANSWERED;
	}

	void approve() {
		require(this.status == QuestionStatus.ANSWERED);
		this.approvedAt = Instant.now();
		this.status = QuestionStatus.APPROVED;
	}

	void returnToDepartment(String note) {
		require(this.status == QuestionStatus.ANSWERED);
		this.returnNote = note;
		this.status = QuestionStatus.ROUTED;
	}

	private void require(boolean allowed) {
		if (!allowed) {
			throw new DomainException("conference.question.wrongStatus");
		}
	}

	Long getId() {
		return this.id;
	}

	Long getConferenceId() {
		return this.conferenceId;
	}

	Long getDepartmentId() {
		return this.departmentId;
	}

	QuestionStatus getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

	QuestionView view(boolean withPersonalData, String departmentName) {
		return new QuestionView(this.id, this.conferenceId, this.source, this.anonymous,
				withPersonalData ? this.petitionerName : null, withPersonalData ? this.workplace : null,
				withPersonalData ? this.phone : null, this.consentAt, this.body, this.status, this.rejectReason,
				this.mergedIntoId, this.topic, this.departmentId, departmentName, this.answerDueOn, this.answer,
				this.answeredBy, this.answeredAt, this.approvedAt, this.returnNote, this.submittedAt, this.version);
	}

}
