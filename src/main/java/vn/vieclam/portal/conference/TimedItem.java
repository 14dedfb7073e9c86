package vn.vieclam.portal.conference;

import java.time.LocalTime;

/** An item of the programme with the times computed from the conference's start. */
record TimedItem(Long id, int position, AgendaType type, String title, String presenter, String presenterOrganisation,
		int durationMinutes, LocalTime start, LocalTime end, boolean pastPlannedEnd) {
}
