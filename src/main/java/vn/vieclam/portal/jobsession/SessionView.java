package vn.vieclam.portal.jobsession;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** One session with its host, how many employers and workers have registered so far, and whether it was cancelled. */
public record SessionView(Long id, String title, SessionKind kind, Long hostCentreId, String hostCentreName,
		String hostProvinceName, LocalDate date, LocalTime startTime, LocalTime endTime, String venue, String videoLink,
		String contact, String description, LocalDate registrationClosesOn, int employerCapacity, int workerCapacity,
		int interviewMinutes, long version, int employersRegistered, int workersRegistered, Instant cancelledAt,
		String cancelReason) {

	public boolean cancelled() {
		return this.cancelledAt != null;
	}

	public boolean upcoming(LocalDate today) {
		return !this.date.isBefore(today);
	}

	/** Open until the end of its closing day, unless the session was cancelled. */
	public boolean registrationOpen(LocalDate today) {
		return !cancelled() && !today.isAfter(this.registrationClosesOn);
	}

	public int employerPlacesLeft() {
		return Math.max(0, this.employerCapacity - this.employersRegistered);
	}

	public int workerPlacesLeft() {
		return Math.max(0, this.workerCapacity - this.workersRegistered);
	}

}
