package vn.vieclam.portal.plan;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The status of a task or commitment from its deadline, its recurrence and what was reported: no clock, no
 * database, so it is tested at its boundaries. {@code TaskQueries} computes the same in SQL for filtering and
 * counting; a test holds the two together.
 */
public final class StatusRules {

	private StatusRules() {
	}

	/**
	 * A one-off item: done on or before the due day is on time, after it late; not done is not yet due up to and
	 * including the due day, overdue from the day after. A month deadline is due on the month's last day.
	 */
	public static ItemStatus status(Deadline deadline, LocalDate doneOn, LocalDate today) {
		return status(deadline == null ? null : deadline.dueBy(), doneOn, today);
	}

	/** A standing item ({@code dueBy} null) is never late nor overdue. */
	static ItemStatus status(LocalDate dueBy, LocalDate doneOn, LocalDate today) {
		if (doneOn != null) {
			return dueBy != null && doneOn.isAfter(dueBy) ? ItemStatus.DONE_LATE : ItemStatus.DONE_ON_TIME;
		}
		return dueBy != null && today.isAfter(dueBy) ? ItemStatus.OVERDUE : ItemStatus.NOT_DUE;
	}

	/**
	 * The periods of a recurring task from the one holding {@code start} up to the one holding today (or
	 * {@code end}, whichever comes first), each with the number of {@code events} (campaign publication dates,
	 * report dates) that fell in it.
	 */
	public static List<PeriodCompliance> periods(Recurrence recurrence, LocalDate start, LocalDate end, int required,
			Collection<LocalDate> events, LocalDate today) {
		if (recurrence == Recurrence.NONE) {
			throw new IllegalArgumentException("not a recurring task");
		}
		LocalDate last = end == null || today.isBefore(end) ? today : end;
		List<PeriodCompliance> periods = new ArrayList<>();
		for (LocalDate p = periodStart(recurrence, start); !p.isAfter(last); p = next(recurrence, p)) {
			LocalDate periodEnd = next(recurrence, p).minusDays(1);
			LocalDate from = p;
			int count = (int) events.stream().filter(d -> !d.isBefore(from) && !d.isAfter(periodEnd)).count();
			PeriodCompliance.State state = count >= required ? PeriodCompliance.State.MET
					: periodEnd.isBefore(today) ? PeriodCompliance.State.MISSED : PeriodCompliance.State.OPEN;
			periods.add(new PeriodCompliance(p, periodEnd, count, required, state));
		}
		return periods;
	}

	/** A recurring task is overdue once a past period missed its rule; done on time once all its periods are over and met. */
	public static ItemStatus recurringStatus(List<PeriodCompliance> periods, LocalDate end, LocalDate today) {
		if (periods.stream().anyMatch(PeriodCompliance::missed)) {
			return ItemStatus.OVERDUE;
		}
		return end != null && end.isBefore(today) ? ItemStatus.DONE_ON_TIME : ItemStatus.NOT_DUE;
	}

	static LocalDate periodStart(Recurrence recurrence, LocalDate date) {
		return switch (recurrence) {
			case MONTHLY -> date.withDayOfMonth(1);
			case QUARTERLY -> date.with(IsoFields.DAY_OF_QUARTER, 1);
			case NONE -> throw new IllegalArgumentException("not a recurring task");
		};
	}

	private static LocalDate next(Recurrence recurrence, LocalDate periodStart) {
		return recurrence == Recurrence.MONTHLY ? periodStart.plusMonths(1) : periodStart.plusMonths(3);
	}

}
