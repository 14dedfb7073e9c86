package vn.vieclam.portal.indicator;

import java.time.LocalDate;

/**
 * A register's reporting deadlines, as plan 004 words them: units report "before the 2nd day of the first
 * month of the next quarter" and "before 2 December" for the year; the lead agency reports to the chairman
 * before the 10th (and 10 December). Each deadline here is that "before" day: a report made on the day before
 * it is on time, one made on the day itself is late.
 *
 * @param unitDay the day of the month units must report before
 * @param leadDay the day of the month the lead agency must report before
 * @param yearlyMonth the month of the yearly deadlines (December in plan 004)
 */
public record DueDates(int unitDay, int leadDay, int yearlyMonth) {

	public static final DueDates PLAN_004 = new DueDates(2, 10, 12);

	/** The day responsible organisations must report before. Q4 falls due in January of the next year. */
	public LocalDate unitDeadline(int year, ReportingPeriod period) {
		return deadline(year, period, this.unitDay);
	}

	/** The day the lead agency's consolidated report must reach the chairman before. */
	public LocalDate leadDeadline(int year, ReportingPeriod period) {
		return deadline(year, period, this.leadDay);
	}

	/** The last day on which a report is still on time. */
	public LocalDate lastDayOnTime(int year, ReportingPeriod period) {
		return unitDeadline(year, period).minusDays(1);
	}

	/** On time when made before the deadline day. */
	public static boolean onTime(LocalDate reportedOn, LocalDate deadline) {
		return reportedOn.isBefore(deadline);
	}

	private LocalDate deadline(int year, ReportingPeriod period, int day) {
		if (period == ReportingPeriod.Y) {
			return LocalDate.of(year, this.yearlyMonth, day);
		}
		return LocalDate.of(year, period.lastMonth(), 1).plusMonths(1).withDayOfMonth(day);
	}

}
