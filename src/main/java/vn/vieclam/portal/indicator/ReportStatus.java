package vn.vieclam.portal.indicator;

/** A report's way: drafted by the responsible organisation, submitted, then approved or returned by the lead. */
public enum ReportStatus {

	DRAFT, SUBMITTED, APPROVED, RETURNED;

	public String labelKey() {
		return "indicator.report.status." + name();
	}

	boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
