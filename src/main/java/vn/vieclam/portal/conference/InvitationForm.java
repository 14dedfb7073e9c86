package vn.vieclam.portal.conference;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** An invitation as typed: the organisation, where its delegates sit, how many, and how many gifts it may nominate. */
record InvitationForm(@NotNull Long organisationId, Long pointId, @NotNull @Min(1) @Max(10_000) Integer quota,
		@Min(0) @Max(1000) Integer giftQuota) {

	static InvitationForm empty() {
		return new InvitationForm(null, null, 20, 0);
	}

}
