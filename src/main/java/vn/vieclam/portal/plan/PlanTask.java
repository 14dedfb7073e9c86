package vn.vieclam.portal.plan;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.vieclam.portal.shared.DomainException;

/**
 * A task of a plan, led by one organisation with others co-operating: either due once (a day or a month) or
 * recurring with a rule for each period ("at least one media campaign a month").
 */
@Entity
@Table(name = "plan_task")
class PlanTask {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	private String section;

	private String title;

	private String description;

	private Long leadId;

	private LocalDate dueDate;

	private LocalDate dueMonth;

	private LocalDate dueBy;

	@Enumerated(EnumType.STRING)
	private Recurrence recurrence = Recurrence.NONE;

	private LocalDate recurrenceStart;

	private LocalDate recurrenceEnd;

	private Integer minPerPeriod;

	@Enumerated(EnumType.STRING)
	private PeriodCounts counts;

	private LocalDate doneOn;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "plan_task_partner", joinColumns = @JoinColumn(name = "task_id"))
	@Column(name = "organisation_id")
	private Set<Long> partnerIds = new LinkedHashSet<>();

	protected PlanTask() {
	}

	PlanTask(Long planId, TaskDetails details) {
		this.planId = planId;
		apply(details);
	}

	/** Replaces what the task is; a task already done keeps its day done. */
	void apply(TaskDetails details) {
		this.section = details.section();
		this.title = details.title();
		this.description = details.description();
		this.leadId = details.leadId();
		this.partnerIds.clear();
		this.partnerIds.addAll(details.partnerIds());
		this.partnerIds.remove(details.leadId());
		this.dueDate = null;
		this.dueMonth = null;
		this.dueBy = null;
		this.recurrence = Recurrence.NONE;
		this.recurrenceStart = null;
		this.recurrenceEnd = null;
		this.minPerPeriod = null;
		this.counts = null;
		if (details.recurrence() == null || details.recurrence() == Recurrence.NONE) {
			if (details.deadline() == null) {
				throw DomainException.onField("dueDate", "task.deadline.required");
			}
			this.dueDate = details.deadline().date();
			this.dueMonth = details.deadline().month() == null ? null : details.deadline().month().atDay(1);
			this.dueBy = details.deadline().dueBy();
		}
		else {
			if (details.recurrenceStart() == null || details.minPerPeriod() == null || details.counts() == null) {
				throw DomainException.onField("recurrenceStart", "task.recurrence.incomplete");
			}
			this.recurrence = details.recurrence();
			this.recurrenceStart = details.recurrenceStart();
			this.recurrenceEnd = details.recurrenceEnd();
			this.minPerPeriod = details.minPerPeriod();
			this.counts = details.counts();
			this.doneOn = null;
		}
	}

	/** A final report closes a one-off task on the day it was filed; recurring tasks are followed period by period. */
	void markDone(LocalDate on) {
		if (this.recurrence == Recurrence.NONE && this.doneOn == null) {
			this.doneOn = on;
		}
	}

	Long getId() {
		return this.id;
	}

	Long getPlanId() {
		return this.planId;
	}

	String getTitle() {
		return this.title;
	}

	Long getLeadId() {
		return this.leadId;
	}

	Recurrence getRecurrence() {
		return this.recurrence;
	}

	LocalDate getDoneOn() {
		return this.doneOn;
	}

	long getVersion() {
		return this.version;
	}

	String getSection() {
		return this.section;
	}

	String getDescription() {
		return this.description;
	}

	Set<Long> getPartnerIds() {
		return this.partnerIds;
	}

	LocalDate getDueDate() {
		return this.dueDate;
	}

	LocalDate getDueMonth() {
		return this.dueMonth;
	}

	LocalDate getRecurrenceStart() {
		return this.recurrenceStart;
	}

	LocalDate getRecurrenceEnd() {
		return this.recurrenceEnd;
	}

	Integer getMinPerPeriod() {
		return this.minPerPeriod;
	}

	PeriodCounts getCounts() {
		return this.counts;
	}

}
