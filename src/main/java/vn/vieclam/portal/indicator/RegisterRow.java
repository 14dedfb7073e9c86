package vn.vieclam.portal.indicator;

import java.math.BigDecimal;

/** A register in the list of registers. */
public record RegisterRow(Long id, int year, String subIndexCode, String subIndexName, BigDecimal targetScore,
		Direction targetDirection, String leadName, int indicatorCount, BigDecimal publishedScore, Integer publishedRank) {
}
