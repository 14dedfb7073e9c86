package vn.vieclam.portal.employer;

/** A report is a draft the employer may change until it is submitted; then it is read-only. */
enum WorkforceReportStatus {

	DRAFT, SUBMITTED

}
