package vn.vieclam.portal.shared;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the portal writes dates, times and money, used by templates as {@code ${@fmt.date(d)}}.
 * Dates are dd/MM/yyyy, times are Vietnam time, money is whole VND grouped by the user's language.
 */
@Component("fmt")
public class Formats {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Strict: 31/02/2026 is refused, not quietly turned into 28/02/2026. */
	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
		.withResolverStyle(ResolverStyle.STRICT);

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(VIETNAM));
	}

	public String dateTime(OffsetDateTime time) {
		return time == null ? "" : dateTime(time.toInstant());
	}

	/** 8500000 → "8.500.000 ₫" in Vietnamese, "8,500,000 VND" in English. */
	public String vnd(Number amount) {
		if (amount == null) {
			return "";
		}
		boolean vietnamese = vietnamese();
		return grouped(amount.longValue(), vietnamese ? '.' : ',') + (vietnamese ? " ₫" : " VND");
	}

	/** 1234.5 → "1.234,5" in Vietnamese, "1,234.5" in English (at most three decimals). */
	public String number(Number value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Long || value instanceof Integer || value instanceof Short) {
			return grouped(value.longValue(), vietnamese() ? '.' : ',');
		}
		return NumberFormat.getNumberInstance(vietnamese() ? Locale.forLanguageTag("vi-VN") : Locale.US).format(value);
	}

	/**
	 * Digits in groups of three, as NumberFormat writes a whole number, without building a NumberFormat for each
	 * amount (a board page shows forty; building them was 5 % of its CPU time).
	 */
	static String grouped(long value, char separator) {
		String digits = Long.toString(value);
		int start = value < 0 ? 1 : 0;
		int length = digits.length() - start;
		StringBuilder out = new StringBuilder(digits.length() + length / 3);
		out.append(digits, 0, start);
		int first = length % 3 == 0 ? 3 : length % 3;
		out.append(digits, start, start + first);
		for (int i = start + first; i < digits.length(); i += 3) {
			out.append(separator).append(digits, i, i + 3);
		}
		return out.toString();
	}

	private static boolean vietnamese() {
		return "vi".equals(LocaleContextHolder.getLocale().getLanguage());
	}

}
