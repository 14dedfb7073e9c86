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
		Locale locale = LocaleContextHolder.getLocale();
		boolean vietnamese = "vi".equals(locale.getLanguage());
		NumberFormat format = NumberFormat.getIntegerInstance(vietnamese ? Locale.forLanguageTag("vi-VN") : Locale.US);
		return format.format(amount.longValue()) + (vietnamese ? " ₫" : " VND");
	}

	public String number(Number value) {
		if (value == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		return NumberFormat.getNumberInstance("vi".equals(locale.getLanguage()) ? Locale.forLanguageTag("vi-VN") : Locale.US)
			.format(value);
	}

}
