package vn.vieclam.portal.shared.calendar;

import java.time.ZonedDateTime;

/** One event of an {@link IcsCalendar}; {@code location}, {@code description} and {@code url} may be null. */
public record IcsEvent(String uid, ZonedDateTime start, ZonedDateTime end, String summary, String location,
		String description, String url) {
}
