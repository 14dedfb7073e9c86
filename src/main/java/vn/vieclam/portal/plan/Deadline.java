package vn.vieclam.portal.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

import vn.vieclam.portal.shared.Formats;

/**
 * A deadline as documents state it: a day ("trước ngày 06/3/2024") or a month ("trong tháng 4/2024"). A month
 * means by the month's last day.
 */
public record Deadline(LocalDate date, YearMonth month) {

	static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

	public Deadline {
		if ((date == null) == (month == null)) {
			throw new IllegalArgumentException("a deadline is a date or a month");
		}
	}

	public static Deadline on(LocalDate date) {
		return new Deadline(date, null);
	}

	public static Deadline in(YearMonth month) {
		return new Deadline(null, month);
	}

	/** The last day the item may be done on time. */
	public LocalDate dueBy() {
		return this.date != null ? this.date : this.month.atEndOfMonth();
	}

	/** "06/03/2024" or "04/2024". */
	public String text() {
		return this.date != null ? Formats.DATE.format(this.date) : MONTH.format(this.month);
	}

	/** "4/2024", "04/2024" or "2024-04"; empty when it is none of these. */
	public static Optional<YearMonth> parseMonth(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.strip();
		try {
			if (t.matches("\\d{4}-\\d{1,2}")) {
				String[] p = t.split("-");
				return Optional.of(YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1])));
			}
			if (t.matches("\\d{1,2}/\\d{4}")) {
				String[] p = t.split("/");
				return Optional.of(YearMonth.of(Integer.parseInt(p[1]), Integer.parseInt(p[0])));
			}
		}
		catch (java.time.DateTimeException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	static Deadline of(LocalDate date, LocalDate monthStart) {
		return date != null ? on(date) : in(YearMonth.from(monthStart));
	}

}
