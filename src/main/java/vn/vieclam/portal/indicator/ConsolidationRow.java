package vn.vieclam.portal.indicator;

import java.time.Instant;

/** The lead agency's consolidated report for a period. */
public record ConsolidationRow(Instant submittedAt, String submittedBy, String note) {
}
