package vn.vieclam.portal.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.vieclam.portal.shared.DomainException;

/** A commitment as typed: the responsible organisation, what to do, and a due day, a due month (mm/yyyy), or neither (standing). */
record CommitmentForm(@NotNull Long responsibleId, @NotBlank @Size(max = 4000) String action, LocalDate dueDate,
		@Size(max = 10) String dueMonth) {

	static CommitmentForm empty() {
		return new CommitmentForm(null, "", null, "");
	}

	CommitmentDetails toDetails() {
		boolean hasMonth = this.dueMonth != null && !this.dueMonth.isBlank();
		if (this.dueDate != null && hasMonth) {
			throw DomainException.onField("dueMonth", "commitment.deadline.both");
		}
		Deadline deadline;
		if (this.dueDate == null && !hasMonth) {
			deadline = null;
		}
		else if (this.dueDate != null) {
			deadline = Deadline.on(this.dueDate);
		}
		else {
			Optional<YearMonth> month = Deadline.parseMonth(this.dueMonth);
			deadline = Deadline.in(month.orElseThrow(() -> DomainException.onField("dueMonth", "commitment.dueMonth.invalid")));
		}
		return new CommitmentDetails(this.responsibleId, this.action.strip(), deadline);
	}

}
