package vn.vieclam.portal.delegation;

import java.time.LocalDate;
import java.util.List;

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
		@Size(max = 8000) String outcome, List<Long> organiserIds, long version) {

	/** A new delegation, organised by the user's organisation unless they choose others too. */
	static DelegationForm empty(Long planId, Long organisationId) {
		return new DelegationForm(planId, 1, null, null, null, null, "", "", "", "", "",
				organisationId == null ? List.of() : List.of(organisationId), 0);
	}

	static DelegationForm from(DelegationView v) {
		return new DelegationForm(v.planId(), v.wave(), v.destinationProvinceId(), v.hostId(), v.startsOn(), v.endsOn(),
				v.leaderName(), v.leaderTitle(), v.itinerary(), v.topics(), v.outcome(), v.organiserIds(), v.version());
	}

	DelegationDetails toDetails() {
		return new DelegationDetails(this.planId, this.wave, this.destinationProvinceId, this.hostId, this.startsOn,
				this.endsOn, this.leaderName.strip(), Text.blankToNull(this.leaderTitle), Text.blankToNull(this.itinerary),
				Text.blankToNull(this.topics), Text.blankToNull(this.outcome),
				this.organiserIds == null ? List.of() : this.organiserIds.stream().filter(java.util.Objects::nonNull).distinct().toList());
	}

}
