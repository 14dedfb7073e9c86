package vn.vieclam.portal.indicator;

import java.math.BigDecimal;

/** The four quarters and the year, in the order they fall due. */
public enum ReportingPeriod {

	Q1(3), Q2(6), Q3(9), Q4(12), Y(12);

	private final int lastMonth;

	ReportingPeriod(int lastMonth) {
		this.lastMonth = lastMonth;
	}

	public boolean quarter() {
		return this != Y;
	}

	/** The quarter's last month (12 for the year). */
	int lastMonth() {
		return this.lastMonth;
	}

	/**
	 * How much of the way from baseline to target should be behind us when this period's value is in: a
	 * quarter of it after Q1, half after Q2, three quarters after Q3, all of it at the year's end.
	 */
	BigDecimal expectedShare() {
		return switch (this) {
			case Q1 -> new BigDecimal("0.25");
			case Q2 -> new BigDecimal("0.50");
			case Q3 -> new BigDecimal("0.75");
			case Q4, Y -> BigDecimal.ONE;
		};
	}

	public String labelKey() {
		return "indicator.period." + name();
	}

}
