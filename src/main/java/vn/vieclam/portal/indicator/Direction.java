package vn.vieclam.portal.indicator;

import java.math.BigDecimal;

/** Which way an indicator must go: at least its target (trên hoặc bằng) or at most (dưới hoặc bằng). */
public enum Direction {

	GE, LE;

	/** A value equal to the target meets it, whichever the direction. */
	public boolean meets(BigDecimal value, BigDecimal target) {
		int c = value.compareTo(target);
		return this == GE ? c >= 0 : c <= 0;
	}

	public String symbol() {
		return this == GE ? "≥" : "≤";
	}

}
