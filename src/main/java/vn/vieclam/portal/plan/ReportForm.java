package vn.vieclam.portal.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A progress report as typed: what was done and whether it is finished (the evidence files come beside it). */
record ReportForm(@NotBlank @Size(max = 4000) String text, boolean done) {

	static ReportForm empty() {
		return new ReportForm("", false);
	}

}
