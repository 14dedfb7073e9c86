package vn.vieclam.portal.indicator;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.SpreadsheetText;

/**
 * A period's report in the layout the lead agency files with the chairman (Phụ lục 1 of plan 004 with a
 * column for the period's result): the sub-index row, one row per indicator with its baseline, rank,
 * target, the approved value and its status, then each organisation's reporting for the period.
 */
@Component
class QuarterlyReportExport {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final MessageSource messages;

	private final IndicatorText text;

	QuarterlyReportExport(MessageSource messages, IndicatorText text) {
		this.messages = messages;
		this.text = text;
	}

	static String fileName(RegisterView register, ReportingPeriod period, String extension) {
		return "bao-cao-pci-" + register.subIndexCode().toLowerCase(Locale.ROOT) + "-" + register.year() + "-"
				+ period.name().toLowerCase(Locale.ROOT) + "." + extension;
	}

	void write(Indicators.PeriodView view, List<TimelinessRow> timeliness, Locale locale, OutputStream out)
			throws IOException {
		RegisterView g = view.register();
		Workbook workbook = new Workbook(out, "Portal", "1.0");
		Worksheet sheet = workbook.newWorksheet(msg(locale, "indicator.export.sheet"));
		double[] widths = { 6, 60, 14, 10, 20, 14, 16, 30, 18, 40 };
		for (int c = 0; c < widths.length; c++) {
			sheet.width(c, widths[c]);
		}
		put(sheet, 0, 0, g.leadName());
		put(sheet, 1, 0, title(view, locale));
		sheet.style(1, 0).bold().fontSize(13).set();
		put(sheet, 2, 0, msg(locale, "indicator.export.deadline", Formats.DATE.format(view.leadDeadline())));
		String[] headers = { "indicator.export.no", "indicator.name", "indicator.baseline", "indicator.baselineRank",
				"indicator.target", "indicator.export.result", "indicator.status", "indicator.responsible",
				"indicator.export.reportStatus", "indicator.comment" };
		for (int c = 0; c < headers.length; c++) {
			put(sheet, 4, c, msg(locale, headers[c], g.baselineYear(), g.year(), msg(locale, view.period().labelKey())));
		}
		sheet.range(4, 0, 4, headers.length - 1).style().bold().fillColor("DCE6F1").wrapText(true).set();
		int r = 5;
		put(sheet, r, 0, "I");
		put(sheet, r, 1, g.subIndexName());
		number(sheet, r, 2, g.baselineScore());
		number(sheet, r, 3, g.baselineRank());
		put(sheet, r, 4, g.targetScore() == null ? "" : g.targetDirection().symbol() + " " + this.text.number(g.targetScore(), locale));
		number(sheet, r, 5, g.publishedScore());
		put(sheet, r, 6, msg(locale, g.scoreStatus().labelKey()));
		put(sheet, r, 7, g.leadName());
		sheet.range(r, 0, r, headers.length - 1).style().bold().set();
		for (IndicatorView i : g.indicators()) {
			r++;
			ValueRow v = view.value(i.id()).orElse(null);
			number(sheet, r, 0, i.position());
			put(sheet, r, 1, i.name());
			number(sheet, r, 2, i.baselineValue());
			number(sheet, r, 3, i.baselineRank());
			put(sheet, r, 4, i.direction().symbol() + " " + this.text.value(i.targetValue(), i.unit(), locale));
			if (v != null && v.approved()) {
				number(sheet, r, 5, v.value());
			}
			put(sheet, r, 6, msg(locale, view.statusAsOf(i).labelKey()));
			put(sheet, r, 7, i.responsibleName());
			put(sheet, r, 8, v == null ? msg(locale, "indicator.export.noValue") : msg(locale, v.reportStatus().labelKey()));
			put(sheet, r, 9, v == null ? null : v.comment());
		}
		r += 2;
		put(sheet, r, 0, msg(locale, "indicator.timeliness.title"));
		sheet.style(r, 0).bold().set();
		r++;
		String[] th = { "indicator.responsible", "indicator.export.deadlineColumn", "indicator.export.submittedOn",
				"indicator.timeliness.state", "indicator.export.reportStatus" };
		for (int c = 0; c < th.length; c++) {
			put(sheet, r, c + 1, msg(locale, th[c]));
		}
		sheet.range(r, 1, r, th.length).style().bold().fillColor("DCE6F1").set();
		for (TimelinessRow t : timeliness) {
			TimelinessRow.Cell cell = t.cells().get(view.period().ordinal());
			r++;
			put(sheet, r, 1, t.organisationName());
			put(sheet, r, 2, Formats.DATE.format(cell.deadline().minusDays(1)));
			put(sheet, r, 3, cell.submittedOn() == null ? "" : Formats.DATE.format(cell.submittedOn()));
			put(sheet, r, 4, msg(locale, cell.state().labelKey()));
			put(sheet, r, 5, cell.status() == null ? "" : msg(locale, cell.status().labelKey()));
		}
		r += 2;
		put(sheet, r, 0, msg(locale, "indicator.export.generated", Formats.DATE.format(LocalDate.now(Formats.VIETNAM))));
		sheet.finish();
		workbook.finish();
	}

	String title(Indicators.PeriodView view, Locale locale) {
		return msg(locale, "indicator.export.title", view.register().subIndexName(), msg(locale, view.period().labelKey()),
				view.register().year());
	}

	private static void put(Worksheet sheet, int row, int column, String value) {
		if (value != null) {
			sheet.value(row, column, SpreadsheetText.neutralised(value));
		}
	}

	private static void number(Worksheet sheet, int row, int column, Number value) {
		if (value != null) {
			sheet.value(row, column, value);
		}
	}

	private String msg(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
