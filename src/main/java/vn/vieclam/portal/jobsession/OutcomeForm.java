package vn.vieclam.portal.jobsession;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** What happened at one site of a session, as its centre counts it. */
record OutcomeForm(
		@NotNull @Min(0) @Max(1000) Integer employersAttended,
		@NotNull @Min(0) @Max(100000) Integer peopleAttended,
		@NotNull @Min(0) @Max(100000) Integer counselled,
		@NotNull @Min(0) @Max(100000) Integer interviewed,
		@NotNull @Min(0) @Max(100000) Integer selected,
		long version) {

	static OutcomeForm from(OutcomeView o) {
		return o == null ? new OutcomeForm(0, 0, 0, 0, 0, -1)
				: new OutcomeForm(o.employersAttended(), o.peopleAttended(), o.counselled(), o.interviewed(),
						o.selected(), o.version());
	}

	Outcome toOutcome() {
		return new Outcome(this.employersAttended, this.peopleAttended, this.counselled, this.interviewed,
				this.selected);
	}

}
