package vn.vieclam.portal.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A progress report as typed: what was done and whether it is finished (the evidence files come beside it).
 * {@code done} may be absent: a recurring task's form has no such box, and a primitive would then fail to bind, the
 * report silently refused.
 */
record ReportForm(@NotBlank @Size(max = 4000) String text, Boolean done) {

	static ReportForm empty() {
		return new ReportForm("", false);
	}

	boolean finished() {
		return Boolean.TRUE.equals(this.done);
	}

}
