package vn.vieclam.portal.indicator;

import java.math.BigDecimal;

/** One indicator of a register with its latest approved value and the status that follows from it. */
public record IndicatorView(Long id, int position, String name, String unit, BigDecimal baselineValue,
		Integer baselineRank, BigDecimal targetValue, Direction direction, Long responsibleId, String responsibleName,
		String partners, String partnersNote, BigDecimal latestValue, ReportingPeriod latestPeriod) {

	public IndicatorStatus status() {
		return IndicatorStatus.of(this.baselineValue, this.targetValue, this.direction, this.latestValue,
				this.latestPeriod);
	}

}
