package vn.vieclam.portal.vacancy;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A worker's expression of interest in a vacancy, left on the public board. */
record InterestForm(
		@NotBlank @Size(max = 150) String fullName,
		@NotBlank String phone,
		@NotNull Long homeProvinceId,
		Long homeCommuneId,
		@Size(max = 150) String homeCommuneText,
		@Size(max = 1000) String message,
		@AssertTrue(message = "{interest.consent.required}") Boolean consent) {

	InterestForm {
		consent = Boolean.TRUE.equals(consent); // an unticked box sends nothing
	}

	static InterestForm empty() {
		return new InterestForm("", "", null, null, "", "", false);
	}

}
