package vn.vieclam.portal.jobsession;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The host's cancellation of a whole session: why, and the version of the page it was decided on. */
record CancelForm(@NotBlank @Size(max = 500) String reason, long version) {

	static CancelForm of(SessionView session) {
		return new CancelForm("", session.version());
	}

}
