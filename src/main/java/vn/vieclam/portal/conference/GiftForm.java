package vn.vieclam.portal.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A nomination as typed by the organiser from a unit's list. */
record GiftForm(@NotNull Long unitId, @NotBlank @Size(max = 150) String fullName, @Size(max = 200) String workplace,
		@NotBlank @Size(max = 2000) String circumstances, Boolean consent) {

	GiftForm {
		consent = Boolean.TRUE.equals(consent);
	}

	static GiftForm empty() {
		return new GiftForm(null, "", "", "", false);
	}

}
