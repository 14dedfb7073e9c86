package vn.vieclam.portal.shared.calendar;

import java.time.ZonedDateTime;

/**
 * One event of an iCalendar file; {@code location}, {@code description} and {@code url} may be null.
 * {@code sequence} counts the event's revisions (a calendar replaces its copy when it rises); a cancelled
 * event carries {@code STATUS:CANCELLED}.
 */
public record IcsEvent(String uid, ZonedDateTime start, ZonedDateTime end, String summary, String location,
		String description, String url, int sequence, boolean cancelled) {

	public IcsEvent(String uid, ZonedDateTime start, ZonedDateTime end, String summary, String location,
			String description, String url) {
		this(uid, start, end, summary, location, description, url, 0, false);
	}

}
