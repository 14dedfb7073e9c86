package vn.vieclam.portal.indicator;

import java.time.LocalDate;
import java.util.List;

/**
 * One responsible organisation's reporting rates for a register, as DHIS2 counts them: of the periods whose
 * deadline has passed (expected), how many it reported (completeness) and how many before the deadline
 * (timeliness). A report submitted ahead of its deadline counts too.
 */
public record TimelinessRow(Long organisationId, String organisationName, List<Cell> cells) {

	public long expected() {
		return this.cells.stream().filter(c -> c.state() != State.NOT_DUE).count();
	}

	public long reported() {
		return this.cells.stream().filter(c -> c.state() == State.ON_TIME || c.state() == State.LATE).count();
	}

	public long onTime() {
		return this.cells.stream().filter(c -> c.state() == State.ON_TIME).count();
	}

	/** Reported of expected, in whole per cent; null when nothing is expected yet. */
	public Integer completeness() {
		return percent(reported());
	}

	public Integer timeliness() {
		return percent(onTime());
	}

	private Integer percent(long part) {
		long expected = expected();
		return expected == 0 ? null : (int) Math.round(100.0 * part / expected);
	}

	public enum State {

		ON_TIME, LATE, MISSING, NOT_DUE;

		public String labelKey() {
			return "indicator.timeliness." + name();
		}

		public String css() {
			return switch (this) {
				case ON_TIME -> "success";
				case LATE -> "warning";
				case MISSING -> "danger";
				case NOT_DUE -> "secondary";
			};
		}

	}

	/** One period: its deadline, when the report was first submitted, and what that makes it. */
	public record Cell(ReportingPeriod period, LocalDate deadline, LocalDate submittedOn, ReportStatus status,
			State state) {

		static Cell of(ReportingPeriod period, LocalDate deadline, LocalDate submittedOn, ReportStatus status,
				LocalDate today) {
			State state;
			if (submittedOn != null) {
				state = DueDates.onTime(submittedOn, deadline) ? State.ON_TIME : State.LATE;
			}
			else {
				state = DueDates.onTime(today, deadline) ? State.NOT_DUE : State.MISSING;
			}
			return new Cell(period, deadline, submittedOn, status, state);
		}

	}

}
