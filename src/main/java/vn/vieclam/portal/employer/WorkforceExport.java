package vn.vieclam.portal.employer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vieclam.portal.shared.SpreadsheetText;

/**
 * A period's workforce reports as an .xlsx workbook: a sheet of employers and a sheet of hiring needs
 * by position and skill level. Rows go to the output as they are read from the database. Company names
 * and positions are what users typed, so text that a spreadsheet could take for a formula is neutralised.
 */
@Component
class WorkforceExport {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Rows kept in memory before they are written out. */
	private static final int FLUSH_EVERY = 500;

	private final WorkforceQueries queries;

	private final MessageSource messages;

	WorkforceExport(WorkforceQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	/** {@code bao-cao-lao-dong-2026-10.xlsx}: plain ASCII, safe in any browser's download bar. */
	static String fileName(WorkforcePeriod period) {
		return "bao-cao-lao-dong-" + period.fileSuffix() + ".xlsx";
	}

	static String neutralised(String text) {
		return SpreadsheetText.neutralised(text);
	}

	void write(WorkforceFilter filter, Locale locale, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Portal", "1.0");
		String title = message(locale, "workforce.export.title",
				message(locale, filter.period().labelKey(), filter.period().number(), filter.period().yearText()));
		writeEmployers(workbook.newWorksheet(message(locale, "workforce.export.sheet.employers")), title, filter, locale);
		writeNeeds(workbook.newWorksheet(message(locale, "workforce.export.sheet.needs")), title, filter, locale);
		workbook.finish();
	}

	private void writeEmployers(Worksheet sheet, String title, WorkforceFilter filter, Locale locale) throws IOException {
		text(sheet, 0, 0, title);
		sheet.style(0, 0).bold().fontSize(13).set();
		String[] headers = { "workforce.employer", "workforce.taxCode", "workforce.zone", "workforce.competentBody",
				"workforce.reported", "workforce.headcount", "workforce.hires", "workforce.departures",
				"workforce.needs.SHORT", "workforce.needs.LONG" };
		header(sheet, 2, headers, locale);
		double[] widths = { 45, 16, 30, 40, 12, 14, 12, 12, 14, 14 };
		for (int c = 0; c < widths.length; c++) {
			sheet.width(c, widths[c]);
		}
		sheet.freezePane(0, 3); // before the first flush: the sheet's settings are written ahead of its rows
		String yes = message(locale, "workforce.export.yes");
		String no = message(locale, "workforce.export.no");
		int[] row = { 3 };
		WorkforcePeriodList.Totals totals = this.queries.eachInPeriod(filter, employer -> {
			int r = row[0]++;
			text(sheet, r, 0, employer.employerName());
			text(sheet, r, 1, employer.taxCode());
			text(sheet, r, 2, employer.zoneName() == null ? message(locale, "workforce.zone.none") : employer.zoneName());
			text(sheet, r, 3, employer.competentBodyName());
			text(sheet, r, 4, employer.reported() ? yes : no);
			number(sheet, r, 5, employer.headcount());
			number(sheet, r, 6, employer.hires());
			number(sheet, r, 7, employer.departures());
			number(sheet, r, 8, employer.needsShort());
			number(sheet, r, 9, employer.needsLong());
			if ((r - 2) % FLUSH_EVERY == 0) {
				flush(sheet);
			}
		});
		int r = row[0];
		text(sheet, r, 0, message(locale, "workforce.totals"));
		sheet.value(r, 4, totals.reported());
		sheet.value(r, 5, totals.headcount());
		sheet.value(r, 6, totals.hires());
		sheet.value(r, 7, totals.departures());
		sheet.value(r, 8, totals.needsShort());
		sheet.value(r, 9, totals.needsLong());
		sheet.range(r, 0, r, 9).style().bold().set();
		sheet.finish();
	}

	private void writeNeeds(Worksheet sheet, String title, WorkforceFilter filter, Locale locale) throws IOException {
		text(sheet, 0, 0, title);
		sheet.style(0, 0).bold().fontSize(13).set();
		header(sheet, 2, new String[] { "workforce.need.position", "workforce.need.skillLevel", "workforce.needs.SHORT",
				"workforce.needs.LONG", "workforce.needs.total" }, locale);
		double[] widths = { 45, 25, 14, 14, 14 };
		for (int c = 0; c < widths.length; c++) {
			sheet.width(c, widths[c]);
		}
		sheet.freezePane(0, 3); // before the first flush: the sheet's settings are written ahead of its rows
		int[] row = { 3 };
		long[] sums = { 0, 0 };
		this.queries.eachNeedInPeriod(filter, need -> {
			int r = row[0]++;
			text(sheet, r, 0, need.position());
			text(sheet, r, 1, need.skillLevelName(locale));
			sheet.value(r, 2, need.needsShort());
			sheet.value(r, 3, need.needsLong());
			sheet.value(r, 4, need.needsShort() + need.needsLong());
			sums[0] += need.needsShort();
			sums[1] += need.needsLong();
			if ((r - 2) % FLUSH_EVERY == 0) {
				flush(sheet);
			}
		});
		int r = row[0];
		text(sheet, r, 0, message(locale, "workforce.totals"));
		sheet.value(r, 2, sums[0]);
		sheet.value(r, 3, sums[1]);
		sheet.value(r, 4, sums[0] + sums[1]);
		sheet.range(r, 0, r, 4).style().bold().set();
		sheet.finish();
	}

	private void header(Worksheet sheet, int row, String[] keys, Locale locale) {
		for (int c = 0; c < keys.length; c++) {
			text(sheet, row, c, message(locale, keys[c]));
		}
		sheet.range(row, 0, row, keys.length - 1).style().bold().fillColor("DCE6F1").wrapText(true).set();
	}

	private static void text(Worksheet sheet, int row, int column, String value) {
		if (value != null) {
			sheet.value(row, column, neutralised(value));
		}
	}

	private static void number(Worksheet sheet, int row, int column, Number value) {
		if (value != null) {
			sheet.value(row, column, value);
		}
	}

	private static void flush(Worksheet sheet) {
		try {
			sheet.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String message(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
