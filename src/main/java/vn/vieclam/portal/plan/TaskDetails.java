package vn.vieclam.portal.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * What a task is: its place in the plan, what to do, who leads and who co-operates, and either a deadline or a
 * recurrence with its rule (at least {@code minPerPeriod} campaigns or reports per period).
 */
public record TaskDetails(String section, String title, String description, Long leadId, List<Long> partnerIds,
		Deadline deadline, Recurrence recurrence, LocalDate recurrenceStart, LocalDate recurrenceEnd, Integer minPerPeriod,
		PeriodCounts counts) {

	public static TaskDetails once(String section, String title, String description, Long leadId, List<Long> partnerIds,
			Deadline deadline) {
		return new TaskDetails(section, title, description, leadId, partnerIds, deadline, Recurrence.NONE, null, null, null,
				null);
	}

	public static TaskDetails recurring(String section, String title, String description, Long leadId,
			List<Long> partnerIds, Recurrence recurrence, LocalDate start, LocalDate end, int minPerPeriod,
			PeriodCounts counts) {
		return new TaskDetails(section, title, description, leadId, partnerIds, null, recurrence, start, end, minPerPeriod,
				counts);
	}

}
