package vn.vieclam.portal.conference;

import java.time.LocalDate;
import java.time.LocalTime;

/** A conference's particulars as the organiser sets them. */
public record ConferenceDetails(ConferenceKind kind, String title, ConferenceFormat format, LocalDate date, LocalTime startTime,
		LocalTime plannedEnd, String venue, Long hostId, Long coHostId, String coChairs, String budgetSource,
		Long provinceId, Integer seatingCapacity, boolean acceptsQuestions, LocalDate questionsCloseOn,
		LocalDate nominationsDueOn) {
}
