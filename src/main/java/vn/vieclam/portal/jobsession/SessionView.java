package vn.vieclam.portal.jobsession;

import java.time.LocalDate;
import java.time.LocalTime;

/** One session with its host and how many employers and workers have registered so far. */
public record SessionView(Long id, String title, SessionKind kind, Long hostCentreId, String hostCentreName,
		String hostProvinceName, LocalDate date, LocalTime startTime, LocalTime endTime, String venue, String videoLink,
		String contact, String description, LocalDate registrationClosesOn, int employerCapacity, int workerCapacity,
		int interviewMinutes, long version, int employersRegistered, int workersRegistered) {

	public boolean upcoming(LocalDate today) {
		return !this.date.isBefore(today);
	}

	public boolean registrationOpen(LocalDate today) {
		return !today.isAfter(this.registrationClosesOn);
	}

	public int employerPlacesLeft() {
		return Math.max(0, this.employerCapacity - this.employersRegistered);
	}

	public int workerPlacesLeft() {
		return Math.max(0, this.workerCapacity - this.workersRegistered);
	}

}
