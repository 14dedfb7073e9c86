package vn.vieclam.portal.indicator;

import java.math.BigDecimal;
import java.util.List;

/** A register with its indicators, each with its latest approved value and status. */
public record RegisterView(Long id, int year, String subIndexCode, String subIndexName, BigDecimal weight,
		BigDecimal baselineScore, Integer baselineRank, BigDecimal targetScore, Direction targetDirection,
		Long leadOrganisationId, String leadName, String planReference, int unitDueDay, int leadDueDay,
		int yearlyDueMonth, BigDecimal publishedScore, Integer publishedRank, Long copiedFromId, long version,
		List<IndicatorView> indicators) {

	public DueDates dueDates() {
		return new DueDates(this.unitDueDay, this.leadDueDay, this.yearlyDueMonth);
	}

	public int baselineYear() {
		return this.year - 1;
	}

	public long count(IndicatorStatus status) {
		return this.indicators.stream().filter(i -> i.status() == status).count();
	}

	/** Whether the published score meets the target, once there is one. */
	public IndicatorStatus scoreStatus() {
		return this.publishedScore == null || this.targetScore == null ? IndicatorStatus.NO_DATA
				: this.targetDirection.meets(this.publishedScore, this.targetScore) ? IndicatorStatus.MET
						: IndicatorStatus.MISSED;
	}

}
