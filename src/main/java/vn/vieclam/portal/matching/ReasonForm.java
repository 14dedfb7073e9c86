package vn.vieclam.portal.matching;

import jakarta.validation.constraints.Size;

/** An outcome with its reason: required when the employer does not select, optional when the candidate withdraws. */
record ReasonForm(@Size(max = 500) String reason, long version) {

	static ReasonForm empty(long version) {
		return new ReasonForm(null, version);
	}

}
