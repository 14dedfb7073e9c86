package vn.vieclam.portal.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.vieclam.portal.shared.SpreadsheetText;

/** Any dashboard figure's table as a one-sheet workbook: title, headers, rows; numbers stay numbers. */
@Component
class DashboardExport {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final MessageSource messages;

	DashboardExport(MessageSource messages) {
		this.messages = messages;
	}

	void write(DashboardPanel panel, Locale locale, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Portal", "1.0");
		Worksheet sheet = workbook.newWorksheet(msg(locale, "dashboard.export.sheet"));
		text(sheet, 0, 0, msg(locale, panel.titleKey(), panel.titleArgs().toArray()));
		sheet.style(0, 0).bold().fontSize(13).set();
		text(sheet, 2, 0, msg(locale, panel.labelKey()));
		sheet.width(0, 60);
		int statusColumn = panel.columnKeys().size() + 1;
		for (int c = 0; c < panel.columnKeys().size(); c++) {
			text(sheet, 2, c + 1, msg(locale, panel.columnKeys().get(c)));
			sheet.width(c + 1, 18);
		}
		boolean badges = panel.rows().stream().anyMatch(r -> r.badgeKey() != null);
		if (badges) {
			text(sheet, 2, statusColumn, msg(locale, "dashboard.col.status"));
			sheet.width(statusColumn, 18);
		}
		sheet.range(2, 0, 2, badges ? statusColumn : statusColumn - 1).style().bold().fillColor("DCE6F1").wrapText(true).set();
		int r = 3;
		for (DashboardPanel.Row row : panel.rows()) {
			text(sheet, r, 0, row.label());
			for (int c = 0; c < row.cells().size(); c++) {
				Object cell = row.cells().get(c);
				if (cell instanceof Number n) {
					sheet.value(r, c + 1, n);
				}
				else if (cell != null) {
					text(sheet, r, c + 1, cell.toString());
				}
			}
			if (row.badgeKey() != null) {
				text(sheet, r, statusColumn, msg(locale, row.badgeKey()));
			}
			r++;
		}
		sheet.finish();
		workbook.finish();
	}

	private static void text(Worksheet sheet, int row, int column, String value) {
		if (value != null) {
			sheet.value(row, column, SpreadsheetText.neutralised(value));
		}
	}

	private String msg(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
