package vn.vieclam.portal.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vieclam.portal.shared.calendar.IcsCalendar;
import vn.vieclam.portal.shared.calendar.IcsEvent;

/** The calendar file parsed back: lines, folding, escaping and Vietnam local times. */
class IcsCalendarRfcTests {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Test
	void eventsComeBackWithTheirVietnamTimesAndText() {
		String title = "Video clip giới thiệu tình hình phát triển kinh tế - xã hội tỉnh Bắc Giang; điều kiện làm việc, nơi ăn ở";
		String ics = IcsCalendar.named("Hội nghị xúc tiến")
			.add(new IcsEvent("a@x", ZonedDateTime.of(2024, 3, 14, 8, 15, 0, 0, VIETNAM),
					ZonedDateTime.of(2024, 3, 14, 8, 35, 0, 0, VIETNAM), title, "Trung tâm Hội nghị, Lạng Sơn", "dòng 1\ndòng 2", null))
			.render();
		assertThat(ics).contains("\r\n").doesNotContain("\n\n");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		// unfold (RFC 5545 3.1) and read the properties back
		String unfolded = ics.replace("\r\n ", "");
		List<String> lines = new ArrayList<>(List.of(unfolded.split("\r\n")));
		assertThat(lines).contains("BEGIN:VEVENT", "END:VCALENDAR").anyMatch(l -> l.startsWith("DTSTAMP:"));
		String summary = value(lines, "SUMMARY");
		assertThat(summary.replace("\\;", ";").replace("\\,", ",")).isEqualTo(title);
		assertThat(value(lines, "LOCATION")).isEqualTo("Trung tâm Hội nghị\\, Lạng Sơn");
		assertThat(value(lines, "DESCRIPTION")).isEqualTo("dòng 1\\ndòng 2");
		// times are written in UTC ("Z"); 08:15 in Vietnam is 01:15 UTC
		String start = value(lines, "DTSTART");
		LocalDateTime utc = LocalDateTime.parse(start, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
		assertThat(utc.atZone(ZoneId.of("UTC")).toInstant()).isEqualTo(ZonedDateTime.of(2024, 3, 14, 1, 15, 0, 0, ZoneId.of("UTC")).toInstant());
	}

	private static String value(List<String> lines, String name) {
		return lines.stream().filter(l -> l.startsWith(name + ":")).findFirst().orElseThrow().substring(name.length() + 1);
	}

}
