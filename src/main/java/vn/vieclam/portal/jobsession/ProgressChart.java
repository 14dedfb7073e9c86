package vn.vieclam.portal.jobsession;

import java.util.ArrayList;
import java.util.List;

/**
 * The year's progress month by month as shares of the yearly targets: sessions held, enterprise
 * participations and people counselled or introduced, each added up to the end of the month, beside the pace
 * that would reach 100% at the year's end. Months not yet over carry no figures (the lines stop there).
 * Shares, not counts: 76 sessions and 18,000 people read on one scale.
 */
record ProgressChart(List<Row> rows) {

	/** One month; a share is null when it has no target or the month has not begun. */
	record Row(int month, Integer sessions, Integer enterprises, Integer people, int pace) {
	}

	/**
	 * {@code months} are the year's twelve months; {@code lastMonth} the last one begun (12 for a past year,
	 * 0 for a future one). Null when there is no target to measure against.
	 */
	static ProgressChart of(List<MonthProgress> months, long targetSessions, long targetEnterprises, long targetPeople,
			int lastMonth) {
		if (targetSessions <= 0 && targetEnterprises <= 0 && targetPeople <= 0) {
			return null;
		}
		List<Row> rows = new ArrayList<>();
		long sessions = 0;
		long enterprises = 0;
		long people = 0;
		for (MonthProgress m : months) {
			sessions += m.sessions();
			enterprises += m.enterprises();
			people += m.people();
			boolean begun = m.month() <= lastMonth;
			rows.add(new Row(m.month(), begun ? share(sessions, targetSessions) : null,
					begun ? share(enterprises, targetEnterprises) : null, begun ? share(people, targetPeople) : null,
					Math.round(m.month() * 100f / 12)));
		}
		return new ProgressChart(rows);
	}

	private static Integer share(long actual, long target) {
		return target <= 0 ? null : Math.round(actual * 100f / target);
	}

}
