package vn.vieclam.portal.employer;

import java.time.Instant;

import org.springframework.data.domain.Page;

/** The officials' view of a period: one page of employers and the totals over all that match. */
record WorkforcePeriodList(Page<Row> rows, Totals totals) {

	/**
	 * An employer and its report for the period; the figures are null unless the report was submitted
	 * (a draft is the employer's work in progress, not yet reported).
	 */
	record Row(Long employerId, String employerName, String taxCode, String zoneName, String competentBodyName,
			Long reportId, WorkforceReportStatus status, Instant submittedAt, Integer headcount, Integer hires,
			Integer departures, Long needsShort, Long needsLong) {

		public boolean reported() {
			return this.status == WorkforceReportStatus.SUBMITTED;
		}

		public boolean drafting() {
			return this.status == WorkforceReportStatus.DRAFT;
		}

	}

	record Totals(long employers, long reported, long headcount, long hires, long departures, long needsShort,
			long needsLong) {

		static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0, 0);

	}

}
