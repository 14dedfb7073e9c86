package vn.vieclam.portal.jobsession;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.vieclam.portal.shared.SpreadsheetText;

/** A year's job-session progress as .xlsx: a sheet of centres against their targets and a sheet by month. */
@Component
class ProgressExport {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final MessageSource messages;

	ProgressExport(MessageSource messages) {
		this.messages = messages;
	}

	static String fileName(int year) {
		return "phien-giao-dich-viec-lam-" + year + ".xlsx";
	}

	void write(int year, List<YearlyProgress> progress, List<MonthProgress> months, Locale locale, OutputStream out)
			throws IOException {
		Workbook workbook = new Workbook(out, "Portal", "1.0");
		Worksheet sheet = workbook.newWorksheet(message(locale, "jobsession.progress.sheet.centres"));
		text(sheet, 0, 0, message(locale, "jobsession.progress.export.title", String.valueOf(year)));
		sheet.style(0, 0).bold().fontSize(13).set();
		String[] headers = { "jobsession.progress.centre", "jobsession.progress.province",
				"jobsession.progress.sessions.target", "jobsession.progress.sessions.actual",
				"jobsession.progress.enterprises.target", "jobsession.progress.enterprises.actual",
				"jobsession.progress.people.target", "jobsession.progress.people.actual", "jobsession.progress.status" };
		header(sheet, 2, headers, locale);
		double[] widths = { 36, 18, 12, 12, 14, 14, 14, 14, 16 };
		for (int c = 0; c < widths.length; c++) {
			sheet.width(c, widths[c]);
		}
		int r = 3;
		for (YearlyProgress p : progress) {
			text(sheet, r, 0, p.centreName());
			text(sheet, r, 1, p.provinceName());
			number(sheet, r, 2, p.targetSessions());
			sheet.value(r, 3, p.sessions());
			number(sheet, r, 4, p.targetEnterprises());
			sheet.value(r, 5, p.enterprises());
			number(sheet, r, 6, p.targetPeople());
			sheet.value(r, 7, p.people());
			text(sheet, r, 8, message(locale, !p.hasTarget() ? "jobsession.pace.NO_TARGET"
					: p.onTrack() ? "jobsession.pace.ON_TRACK" : "jobsession.pace.BEHIND"));
			r++;
		}
		sheet.finish();
		Worksheet monthly = workbook.newWorksheet(message(locale, "jobsession.progress.sheet.months"));
		header(monthly, 0, new String[] { "jobsession.progress.month", "jobsession.progress.sessions.actual",
				"jobsession.progress.enterprises.actual", "jobsession.progress.attended",
				"jobsession.progress.people.actual" }, locale);
		for (int c = 0; c < 5; c++) {
			monthly.width(c, 16);
		}
		r = 1;
		for (MonthProgress m : months) {
			monthly.value(r, 0, m.month());
			monthly.value(r, 1, m.sessions());
			monthly.value(r, 2, m.enterprises());
			monthly.value(r, 3, m.peopleAttended());
			monthly.value(r, 4, m.people());
			r++;
		}
		monthly.finish();
		workbook.finish();
	}

	private void header(Worksheet sheet, int row, String[] keys, Locale locale) {
		for (int c = 0; c < keys.length; c++) {
			text(sheet, row, c, message(locale, keys[c]));
		}
		sheet.range(row, 0, row, keys.length - 1).style().bold().fillColor("DCE6F1").wrapText(true).set();
	}

	private static void number(Worksheet sheet, int row, int column, Integer value) {
		if (value != null) {
			sheet.value(row, column, value);
		}
	}

	private static void text(Worksheet sheet, int row, int column, String value) {
		if (value != null) {
			sheet.value(row, column, SpreadsheetText.neutralised(value));
		}
	}

	private String message(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
