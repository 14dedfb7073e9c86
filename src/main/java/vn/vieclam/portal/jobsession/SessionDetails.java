package vn.vieclam.portal.jobsession;

import java.time.LocalDate;
import java.time.LocalTime;

/** What a host decides about a session; checked by {@link JobSessions}. */
public record SessionDetails(String title, SessionKind kind, LocalDate date, LocalTime startTime, LocalTime endTime,
		String venue, String videoLink, String contact, String description, LocalDate registrationClosesOn,
		int employerCapacity, int workerCapacity, int interviewMinutes) {
}
