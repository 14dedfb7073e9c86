package vn.vieclam.portal.indicator;

import java.time.Instant;
import java.time.LocalDate;

import vn.vieclam.portal.shared.Formats;

/** One organisation's report for a period as the lead agency reviews it. */
public record ReportRow(Long id, Long organisationId, String organisationName, ReportStatus status,
		Instant firstSubmittedAt, Instant submittedAt, Instant reviewedAt, String reviewedBy, String returnReason,
		String evidenceName, long version) {

	/** Whether the first submission came before the deadline day (null while not submitted). */
	public Boolean onTime(LocalDate deadline) {
		return this.firstSubmittedAt == null ? null
				: DueDates.onTime(LocalDate.ofInstant(this.firstSubmittedAt, Formats.VIETNAM), deadline);
	}

	public boolean awaitingReview() {
		return this.status == ReportStatus.SUBMITTED;
	}

}
