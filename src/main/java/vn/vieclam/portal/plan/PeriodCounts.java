package vn.vieclam.portal.plan;

/** What a recurring task's per-period rule counts: media campaigns published, or progress reports filed. */
public enum PeriodCounts {

	CAMPAIGNS, REPORTS

}
