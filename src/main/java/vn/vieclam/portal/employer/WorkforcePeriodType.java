package vn.vieclam.portal.employer;

/** A workforce report covers a calendar month or a calendar quarter. */
enum WorkforcePeriodType {

	MONTH(12), QUARTER(4);

	private final int periodsPerYear;

	WorkforcePeriodType(int periodsPerYear) {
		this.periodsPerYear = periodsPerYear;
	}

	int periodsPerYear() {
		return this.periodsPerYear;
	}

}
