package vn.vieclam.portal.employer;

/**
 * What officials ask of a period: every employer ({@code bodyId} null) or one competent body's, matching
 * a search pattern, and optionally only those that did ({@code true}) or did not ({@code false}) report.
 */
record WorkforceFilter(WorkforcePeriod period, Long bodyId, String pattern, Boolean reported) {
}
