package vn.vieclam.portal.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where an indicator stands, from its latest approved value:
 * <ul>
 * <li>{@code MET} — the value meets the target in its direction (equal to the target counts as met);</li>
 * <li>{@code MISSED} — the year's final value (Q4 or the yearly report) does not meet it;</li>
 * <li>{@code ON_TRACK} — not met yet, but the value has moved from the baseline toward the target by at
 * least the share of the year gone by: 25 % of the gap after Q1, 50 % after Q2, 75 % after Q3;</li>
 * <li>{@code AT_RISK} — not met and behind that pace (or moving the wrong way, or no baseline to measure
 * from);</li>
 * <li>{@code NO_DATA} — no approved value yet.</li>
 * </ul>
 */
public enum IndicatorStatus {

	MET, ON_TRACK, AT_RISK, MISSED, NO_DATA;

	public static IndicatorStatus of(BigDecimal baseline, BigDecimal target, Direction direction, BigDecimal latest,
			ReportingPeriod period) {
		if (latest == null || period == null) {
			return NO_DATA;
		}
		if (direction.meets(latest, target)) {
			return MET;
		}
		if (period.expectedShare().compareTo(BigDecimal.ONE) >= 0) {
			return MISSED;
		}
		if (baseline == null || baseline.compareTo(target) == 0) {
			return AT_RISK;
		}
		// progress = (latest - baseline) / (target - baseline): the sign takes care of the direction
		BigDecimal progress = latest.subtract(baseline).divide(target.subtract(baseline), 6, RoundingMode.HALF_UP);
		return progress.compareTo(period.expectedShare()) >= 0 ? ON_TRACK : AT_RISK;
	}

	public String labelKey() {
		return "indicator.status." + name();
	}

	/** The traffic light's colour: green, green, amber, red, grey. */
	public String css() {
		return switch (this) {
			case MET -> "success";
			case ON_TRACK -> "info";
			case AT_RISK -> "warning";
			case MISSED -> "danger";
			case NO_DATA -> "secondary";
		};
	}

}
