package vn.vieclam.portal.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import vn.vieclam.portal.shared.Text;

/**
 * A task as typed: once by a day or a month (mm/yyyy), or every month or quarter from a start with at least
 * {@code minPerPeriod} campaigns or reports in each period. {@code version} is the one the user opened.
 */
record TaskForm(@Size(max = 40) String section, @NotBlank @Size(max = 300) String title,
		@Size(max = 8000) String description, @NotNull Long leadId, List<Long> partnerIds, LocalDate dueDate,
		@Size(max = 10) String dueMonth, Recurrence recurrence, LocalDate recurrenceStart, LocalDate recurrenceEnd,
		@Min(1) @Max(100) Integer minPerPeriod, PeriodCounts counts, long version) {

	static TaskForm empty() {
		return new TaskForm("", "", "", null, List.of(), null, "", Recurrence.NONE, null, null, 1, null, 0);
	}

	static TaskForm from(PlanTask t) {
		return new TaskForm(t.getSection(), t.getTitle(), t.getDescription(), t.getLeadId(),
				new ArrayList<>(t.getPartnerIds()), t.getDueDate(),
				t.getDueMonth() == null ? "" : Deadline.MONTH.format(YearMonth.from(t.getDueMonth())), t.getRecurrence(),
				t.getRecurrenceStart(), t.getRecurrenceEnd(), t.getMinPerPeriod(), t.getCounts(), t.getVersion());
	}

	boolean recurring() {
		return this.recurrence != null && this.recurrence != Recurrence.NONE;
	}

	/** The rules between fields, each message beside the field it concerns. */
	void check(Errors errors) {
		if (!recurring()) {
			boolean hasMonth = this.dueMonth != null && !this.dueMonth.isBlank();
			if (this.dueDate != null && hasMonth) {
				errors.rejectValue("dueMonth", "commitment.deadline.both");
			}
			else if (this.dueDate == null && !hasMonth && !errors.hasFieldErrors("dueDate")) {
				errors.rejectValue("dueDate", "task.deadline.required");
			}
			else if (hasMonth && Deadline.parseMonth(this.dueMonth).isEmpty()) {
				errors.rejectValue("dueMonth", "commitment.dueMonth.invalid");
			}
			return;
		}
		if (this.recurrenceStart == null && !errors.hasFieldErrors("recurrenceStart")) {
			errors.rejectValue("recurrenceStart", "task.recurrenceStart.required");
		}
		if (this.recurrenceStart != null && this.recurrenceEnd != null && this.recurrenceEnd.isBefore(this.recurrenceStart)) {
			errors.rejectValue("recurrenceEnd", "task.recurrenceEnd.beforeStart");
		}
		if (this.minPerPeriod == null && !errors.hasFieldErrors("minPerPeriod")) {
			errors.rejectValue("minPerPeriod", "task.minPerPeriod.required");
		}
		if (this.counts == null) {
			errors.rejectValue("counts", "task.counts.required");
		}
	}

	TaskDetails toDetails() {
		List<Long> partners = this.partnerIds == null ? List.of()
				: this.partnerIds.stream().filter(id -> id != null && !id.equals(this.leadId)).distinct().toList();
		String description = Text.blankToNull(this.description);
		String section = Text.blankToNull(this.section);
		if (recurring()) {
			return TaskDetails.recurring(section, this.title.strip(), description, this.leadId, partners, this.recurrence,
					this.recurrenceStart, this.recurrenceEnd, this.minPerPeriod, this.counts);
		}
		Optional<YearMonth> month = Deadline.parseMonth(this.dueMonth);
		return TaskDetails.once(section, this.title.strip(), description, this.leadId, partners,
				this.dueDate != null ? Deadline.on(this.dueDate) : Deadline.in(month.orElseThrow()));
	}

}
