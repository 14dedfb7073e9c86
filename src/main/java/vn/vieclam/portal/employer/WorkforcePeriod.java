package vn.vieclam.portal.employer;

import java.time.LocalDate;

import vn.vieclam.portal.shared.DomainException;

/** The month or quarter a workforce report covers: {@code MONTH 2026 10} or {@code QUARTER 2026 3}. */
record WorkforcePeriod(WorkforcePeriodType type, int year, int number) {

	/** The period, or a refusal on the period's number when it does not exist (month 13, quarter 5). */
	static WorkforcePeriod of(WorkforcePeriodType type, int year, int number) {
		if (number < 1 || number > type.periodsPerYear()) {
			throw DomainException.onField("periodNumber", "workforce.period.number.invalid", type.periodsPerYear());
		}
		return new WorkforcePeriod(type, year, number);
	}

	/** What officials look at unless they choose otherwise: the month that has just ended. */
	static WorkforcePeriod previousMonth(LocalDate today) {
		LocalDate previous = today.minusMonths(1);
		return new WorkforcePeriod(WorkforcePeriodType.MONTH, previous.getYear(), previous.getMonthValue());
	}

	LocalDate start() {
		int month = this.type == WorkforcePeriodType.MONTH ? this.number : (this.number - 1) * 3 + 1;
		return LocalDate.of(this.year, month, 1);
	}

	/** A period that has not begun has nothing to report yet. */
	boolean startsAfter(LocalDate day) {
		return start().isAfter(day);
	}

	/** For file names: {@code 2026-10} for a month, {@code 2026-q3} for a quarter. */
	String fileSuffix() {
		return this.type == WorkforcePeriodType.MONTH ? "%d-%02d".formatted(this.year, this.number)
				: "%d-q%d".formatted(this.year, this.number);
	}

	/** The message key of its label; the arguments are {@link #number()} and {@link #yearText()}. */
	public String labelKey() {
		return "workforce.period.label." + this.type;
	}

	/** The year as text, so that message formatting does not group its digits ("2.026"). */
	public String yearText() {
		return String.valueOf(this.year);
	}

}
