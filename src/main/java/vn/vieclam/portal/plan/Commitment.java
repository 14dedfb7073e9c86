package vn.vieclam.portal.plan;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What a notice asks one organisation (of either province) to do, by a day or within a month. */
@Entity
@Table(name = "commitment")
class Commitment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "notice_id")
	private ConclusionNotice notice;

	private int position;

	private Long responsibleId;

	private String action;

	private LocalDate dueDate;

	private LocalDate dueMonth;

	private LocalDate dueBy;

	private LocalDate doneOn;

	@Version
	private long version;

	protected Commitment() {
	}

	Commitment(ConclusionNotice notice, int position, CommitmentDetails d) {
		this.notice = notice;
		this.position = position;
		this.responsibleId = d.responsibleId();
		this.action = d.action();
		if (d.deadline() != null) {
			this.dueDate = d.deadline().date();
			this.dueMonth = d.deadline().month() == null ? null : d.deadline().month().atDay(1);
			this.dueBy = d.deadline().dueBy();
		}
	}

	void markDone(LocalDate on) {
		if (this.doneOn == null) {
			this.doneOn = on;
		}
	}

	Long getId() {
		return this.id;
	}

	Long getResponsibleId() {
		return this.responsibleId;
	}

	String getAction() {
		return this.action;
	}

	Deadline getDeadline() {
		return this.dueDate == null && this.dueMonth == null ? null : Deadline.of(this.dueDate, this.dueMonth);
	}

	LocalDate getDoneOn() {
		return this.doneOn;
	}

	ConclusionNotice getNotice() {
		return this.notice;
	}

}
