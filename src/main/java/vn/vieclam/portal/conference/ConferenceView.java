package vn.vieclam.portal.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A conference with its points and timed programme, as its page shows it to the given reader. */
record ConferenceView(Long id, ConferenceKind kind, String title, ConferenceFormat format, LocalDate date,
		LocalTime startTime, LocalTime plannedEnd, String venue, Long hostId, String hostName, Long coHostId,
		String coHostName, String coChairs, String budgetSource, Long provinceId, String provinceName,
		Integer seatingCapacity, boolean acceptsQuestions, LocalDate questionsCloseOn, LocalDate nominationsDueOn,
		Instant qaPublishedAt, long version, List<PointView> points, List<TimedItem> agenda, LocalTime endTime,
		int totalMinutes, int overrunMinutes, int seatsInvited, boolean organiser) {

	public boolean overSeats() {
		return this.seatingCapacity != null && this.seatsInvited > this.seatingCapacity;
	}

	/** Fewer than a tenth of the seats left: the page warns before the next invitation is refused. */
	public boolean nearlyFull() {
		return this.seatingCapacity != null && this.seatsInvited * 10 >= this.seatingCapacity * 9;
	}

	public int seatsLeft() {
		return this.seatingCapacity == null ? 0 : Math.max(0, this.seatingCapacity - this.seatsInvited);
	}

	public int participantsAtPoints() {
		return this.points.stream().mapToInt(PointView::participantCount).sum();
	}

}
