package vn.vieclam.portal.plan;

import java.time.LocalDate;

/** One period of a recurring task: how many campaigns or reports it had against the rule. */
public record PeriodCompliance(LocalDate start, LocalDate end, int count, int required, State state) {

	/** MET or MISSED once the period is over; OPEN while it runs (met early counts as MET). */
	public enum State {

		MET, MISSED, OPEN

	}

	public boolean missed() {
		return this.state == State.MISSED;
	}

}
