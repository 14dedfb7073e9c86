package vn.vieclam.portal.shared.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An iCalendar file (RFC 5545) that calendar programs import: CRLF line ends, lines folded at 75 octets
 * without splitting a UTF-8 character, text escaped, times in Vietnam time with {@code TZID=Asia/Ho_Chi_Minh}
 * (and a VTIMEZONE, which is a fixed UTC+7 since 1975).
 */
public final class IcsCalendar {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

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
		line(out, "PRODID:-//vieclam.vn//Cong tuyen dung lien tinh//VI");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + escape(this.name));
		line(out, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
		line(out, "BEGIN:VTIMEZONE");
		line(out, "TZID:Asia/Ho_Chi_Minh");
		line(out, "BEGIN:STANDARD");
		line(out, "DTSTART:19750613T000000");
		line(out, "TZOFFSETFROM:+0800");
		line(out, "TZOFFSETTO:+0700");
		line(out, "TZNAME:ICT");
		line(out, "END:STANDARD");
		line(out, "END:VTIMEZONE");
		String stamp = UTC.format(Instant.now());
		for (IcsEvent event : this.events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + escape(event.uid()));
			line(out, "DTSTAMP:" + stamp);
			line(out, "DTSTART;TZID=Asia/Ho_Chi_Minh:" + LOCAL.format(event.start().withZoneSameInstant(VIETNAM)));
			line(out, "DTEND;TZID=Asia/Ho_Chi_Minh:" + LOCAL.format(event.end().withZoneSameInstant(VIETNAM)));
			line(out, "SUMMARY:" + escape(event.summary()));
			if (event.location() != null && !event.location().isBlank()) {
				line(out, "LOCATION:" + escape(event.location()));
			}
			if (event.description() != null && !event.description().isBlank()) {
				line(out, "DESCRIPTION:" + escape(event.description()));
			}
			if (event.url() != null && !event.url().isBlank()) {
				line(out, "URL:" + event.url());
			}
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/** TEXT values: backslash, semicolon, comma escaped; line breaks as \n. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
			.replace("\n", "\\n").replace("\r", "\\n");
	}

	/** Appends one content line folded at 75 octets (continuation lines start with a space, which counts). */
	private static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
