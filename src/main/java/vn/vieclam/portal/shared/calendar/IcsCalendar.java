package vn.vieclam.portal.shared.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An iCalendar (RFC 5545) file that phones and desktop calendars import: CRLF line endings, lines folded
 * at 75 octets without splitting a UTF-8 character, text values escaped, times in UTC.
 */
public final class IcsCalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final String CRLF = "\r\n";

	private final String name;

	private final List<IcsEvent> events = new ArrayList<>();

	private IcsCalendar(String name) {
		this.name = name;
	}

	public static IcsCalendar named(String calendarName) {
		return new IcsCalendar(calendarName);
	}

	public IcsCalendar add(IcsEvent event) {
		this.events.add(event);
		return this;
	}

	public String render() {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//vieclam.vn//Portal//VI");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		if (this.name != null) {
			line(out, "X-WR-CALNAME:" + escape(this.name));
		}
		String stamp = UTC.format(Instant.now());
		for (IcsEvent event : this.events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + escape(event.uid()));
			line(out, "DTSTAMP:" + stamp);
			if (event.sequence() > 0) {
				line(out, "SEQUENCE:" + event.sequence());
			}
			if (event.cancelled()) {
				line(out, "STATUS:CANCELLED");
			}
			line(out, "DTSTART:" + utc(event.start()));
			if (event.end() != null) {
				line(out, "DTEND:" + utc(event.end()));
			}
			line(out, "SUMMARY:" + escape(event.summary()));
			if (event.location() != null && !event.location().isBlank()) {
				line(out, "LOCATION:" + escape(event.location()));
			}
			if (event.description() != null && !event.description().isBlank()) {
				line(out, "DESCRIPTION:" + escape(event.description()));
			}
			if (event.url() != null && !event.url().isBlank()) {
				// URL is of type URI: not escaped as text, but it must stay on its (folded) line.
				line(out, "URL:" + event.url().replaceAll("[\\r\\n]", ""));
			}
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	private static String utc(ZonedDateTime time) {
		return UTC.format(time.toInstant());
	}

	/** TEXT values: backslash, semicolon and comma are escaped, new lines become \n (RFC 5545 §3.3.11). */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
			.replace("\n", "\\n").replace("\r", "\\n");
	}

	/** Folds a content line so that no line exceeds 75 octets, never inside a UTF-8 sequence (§3.1). */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append(CRLF).append(' ');
				octets = 1; // the leading space of a continuation line counts
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append(CRLF);
	}

}
