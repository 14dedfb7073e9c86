package vn.vieclam.portal.delegation;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.vieclam.portal.shared.Text;

/** A delegation as typed; {@code version} is the one the user opened (a stale save is a 409). */
record DelegationForm(Long planId, @Min(1) @Max(9) Integer wave, @NotNull Long destinationProvinceId, Long hostId,
		@NotNull LocalDate startsOn, @NotNull LocalDate endsOn, @NotBlank @Size(max = 200) String leaderName,
		@Size(max = 200) String leaderTitle, @Size(max = 8000) String itinerary, @Size(max = 8000) String topics,
		@Size(max = 8000) String outcome, long version) {

	static DelegationForm empty(Long planId) {
		return new DelegationForm(planId, 1, null, null, null, null, "", "", "", "", "", 0);
	}

	static DelegationForm from(DelegationView v) {
		return new DelegationForm(v.planId(), v.wave(), v.destinationProvinceId(), v.hostId(), v.startsOn(), v.endsOn(),
				v.leaderName(), v.leaderTitle(), v.itinerary(), v.topics(), v.outcome(), v.version());
	}

	DelegationDetails toDetails() {
		return new DelegationDetails(this.planId, this.wave, this.destinationProvinceId, this.hostId, this.startsOn,
				this.endsOn, this.leaderName.strip(), Text.blankToNull(this.leaderTitle), Text.blankToNull(this.itinerary),
				Text.blankToNull(this.topics), Text.blankToNull(this.outcome));
	}

}
