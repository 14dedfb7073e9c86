package vn.vieclam.portal.jobsession;

import java.time.LocalTime;

/** One interview slot of an employer's schedule, with the worker it falls to (if any yet). */
public record InterviewSlot(int number, LocalTime start, LocalTime end, String workerName, String workerCode,
		String vacancyTitle) {
}
