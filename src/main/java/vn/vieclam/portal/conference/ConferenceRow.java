package vn.vieclam.portal.conference;

import java.time.LocalDate;
import java.time.LocalTime;

/** A line of the conferences list. */
record ConferenceRow(Long id, String title, ConferenceKind kind, ConferenceFormat format, LocalDate date,
		LocalTime startTime, String venue, String hostName, int points, int items, int openQuestions) {
}
