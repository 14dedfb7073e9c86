package vn.vieclam.portal.jobsession;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A centre's yearly targets. {@code version} is -1 for a new target. */
record TargetForm(
		@NotNull Long centreId,
		@NotNull @Min(2000) @Max(2100) Integer year,
		@NotNull @Min(0) @Max(10000) Integer sessions,
		@NotNull @Min(0) @Max(1000000) Integer enterpriseParticipations,
		@NotNull @Min(0) @Max(10000000) Integer peopleCounselled,
		@Size(max = 200) String source,
		long version) {

	static TargetForm empty(Long centreId, int year) {
		return new TargetForm(centreId, year, 0, 0, 0, "", -1);
	}

}
