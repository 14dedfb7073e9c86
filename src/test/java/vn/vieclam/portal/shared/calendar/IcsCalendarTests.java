package vn.vieclam.portal.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The calendar file read back the way a calendar application reads it (RFC 5545 §3.1 and §3.3.11). */
class IcsCalendarTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Test
	void longVietnameseTextIsFoldedEscapedAndReadsBackUnchanged() {
		String summary = "Phiên giao dịch việc làm trực tuyến liên tỉnh: Bắc Giang, Lạng Sơn; Cao Bằng \\ Hòa Bình";
		String description = "Điểm cầu Lạng Sơn: số 2 đường Hùng Vương, TP Lạng Sơn\nĐiểm cầu Sơn La: đường Tô Hiệu; "
				+ "mang theo CCCD và sơ yếu lý lịch. Tuyển công nhân lắp ráp linh kiện điện tử, thợ may, lái xe nâng.";
		String ics = IcsCalendar.named("Phiên giao dịch")
			.add(new IcsEvent("job-session-7@vieclam.vn", ZonedDateTime.of(LocalDateTime.of(2026, 12, 9, 8, 0), VIETNAM),
					ZonedDateTime.of(LocalDateTime.of(2026, 12, 9, 11, 30), VIETNAM), summary,
					"Sàn giao dịch việc làm, TP Bắc Giang", description, "https://portal.example.vn/job-sessions/7"))
			.render();

		// Every line ends in CRLF, none is longer than 75 octets, and no UTF-8 character is cut in two.
		assertThat(ics).endsWith("\r\n").doesNotContain("\n\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
		for (String line : ics.split("\r\n")) {
			byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
			assertThat(bytes.length).as(line).isLessThanOrEqualTo(75);
			assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(line);
		}
		assertThat(ics.split("\r\n").length).isGreaterThan(12); // long values were folded

		List<Map<String, String>> events = parse(ics);
		assertThat(events).hasSize(1);
		Map<String, String> event = events.get(0);
		assertThat(event.get("SUMMARY")).isEqualTo(summary);
		assertThat(event.get("DESCRIPTION")).isEqualTo(description);
		assertThat(event.get("LOCATION")).isEqualTo("Sàn giao dịch việc làm, TP Bắc Giang");
		// 08:00 in Vietnam (UTC+7) is 01:00 UTC.
		assertThat(event.get("DTSTART")).isEqualTo("20261209T010000Z");
		assertThat(event.get("DTEND")).isEqualTo("20261209T043000Z");
		assertThat(event.get("DTSTAMP")).matches("\\d{8}T\\d{6}Z");
		assertThat(event.get("UID")).isEqualTo("job-session-7@vieclam.vn");
		assertThat(event.get("URL")).isEqualTo("https://portal.example.vn/job-sessions/7");
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
	}

	@Test
	void foldingNeverSplitsAFourByteCharacter() {
		String summary = "😀".repeat(40);
		String ics = IcsCalendar.named(null)
			.add(new IcsEvent("x", ZonedDateTime.of(LocalDateTime.of(2026, 1, 1, 8, 0), VIETNAM),
					null, summary, null, null, null))
			.render();
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		assertThat(parse(ics).get(0).get("SUMMARY")).isEqualTo(summary);
		assertThat(parse(ics).get(0)).doesNotContainKey("DTEND").doesNotContainKey("LOCATION");
	}

	/** A small RFC 5545 reader: unfold, split name and value, unescape TEXT values, one map per VEVENT. */
	static List<Map<String, String>> parse(String ics) {
		String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
		List<Map<String, String>> events = new ArrayList<>();
		Map<String, String> current = null;
		for (String line : unfolded.split("\r\n")) {
			int colon = line.indexOf(':');
			String name = line.substring(0, colon);
			String value = line.substring(colon + 1);
			if (line.equals("BEGIN:VEVENT")) {
				current = new LinkedHashMap<>();
			}
			else if (line.equals("END:VEVENT")) {
				events.add(current);
				current = null;
			}
			else if (current != null) {
				current.put(name.split(";")[0], unescape(value));
			}
		}
		return events;
	}

	private static String unescape(String value) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				char next = value.charAt(++i);
				out.append(next == 'n' || next == 'N' ? '\n' : next);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
