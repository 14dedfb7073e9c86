package vn.vieclam.portal.plan;

import java.util.List;

/** A recurring task's periods, each with its rule met or missed. */
public record TaskCompliance(ItemRow task, int minPerPeriod, PeriodCounts counts, Recurrence recurrence,
		List<PeriodCompliance> periods) {

	public long missed() {
		return this.periods.stream().filter(PeriodCompliance::missed).count();
	}

}
