package vn.vieclam.portal.employer;

import java.time.Instant;

/** A line of the employer's own list of reports, with its hiring needs summed by term. */
record WorkforceReportRow(Long id, WorkforcePeriod period, WorkforceReportStatus status, Instant submittedAt,
		int headcount, int hires, int departures, long needsShort, long needsLong) {

	public boolean submitted() {
		return this.status == WorkforceReportStatus.SUBMITTED;
	}

}
