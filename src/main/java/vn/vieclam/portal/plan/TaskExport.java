package vn.vieclam.portal.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.SpreadsheetText;

/** The filtered /tasks list as an .xlsx workbook; titles are user text, so formulas are neutralised. */
@Component
class TaskExport {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final TaskQueries queries;

	private final MessageSource messages;

	TaskExport(TaskQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	static String fileName(java.time.LocalDate today) {
		return "nhiem-vu-" + today + ".xlsx";
	}

	void write(ItemFilter filter, Locale locale, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Portal", "1.0");
		Worksheet sheet = workbook.newWorksheet(message(locale, "tasks.export.sheet"));
		String[] headers = { "tasks.kind", "tasks.title", "tasks.source", "tasks.organisation", "tasks.deadline",
				"tasks.nextDue", "tasks.doneOn", "tasks.status" };
		for (int c = 0; c < headers.length; c++) {
			sheet.value(0, c, message(locale, headers[c]));
		}
		sheet.range(0, 0, 0, headers.length - 1).style().bold().fillColor("DCE6F1").wrapText(true).set();
		double[] widths = { 14, 60, 18, 40, 12, 12, 12, 18 };
		for (int c = 0; c < widths.length; c++) {
			sheet.width(c, widths[c]);
		}
		sheet.freezePane(0, 1);
		int[] row = { 1 };
		this.queries.each(filter, item -> {
			int r = row[0]++;
			sheet.value(r, 0, message(locale, "tasks.kind." + item.kind()));
			sheet.value(r, 1, SpreadsheetText.neutralised(item.title()));
			sheet.value(r, 2, SpreadsheetText.neutralised(item.sourceNumber()));
			sheet.value(r, 3, SpreadsheetText.neutralised(item.organisationName()));
			sheet.value(r, 4, item.recurrence() != Recurrence.NONE ? message(locale, "task.recurrence." + item.recurrence())
					: item.deadlineText().isEmpty() ? message(locale, "tasks.ongoing") : item.deadlineText());
			sheet.value(r, 5, item.nextDue() == null ? "" : Formats.DATE.format(item.nextDue()));
			sheet.value(r, 6, item.doneOn() == null ? "" : Formats.DATE.format(item.doneOn()));
			sheet.value(r, 7, message(locale, "itemStatus." + item.status()));
		});
		sheet.finish();
		workbook.finish();
	}

	private String message(Locale locale, String key) {
		return this.messages.getMessage(key, null, locale);
	}

}
