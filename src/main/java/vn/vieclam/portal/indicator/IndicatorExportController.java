package vn.vieclam.portal.indicator;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.pdf.PdfRenderer;

/** A period's report as officials file it: a workbook and a printable PDF. */
@Controller
@RequestMapping("/indicators/{id}/periods/{period}")
class IndicatorExportController {

	private final Indicators indicators;

	private final QuarterlyReportExport export;

	private final PdfRenderer pdf;

	IndicatorExportController(Indicators indicators, QuarterlyReportExport export, PdfRenderer pdf) {
		this.indicators = indicators;
		this.export = export;
		this.pdf = pdf;
	}

	@GetMapping("/report.xlsx")
	void workbook(@PathVariable Long id, @PathVariable ReportingPeriod period, Locale locale,
			HttpServletResponse response) throws IOException {
		Indicators.PeriodView view = this.indicators.period(id, period);
		List<TimelinessRow> timeliness = this.indicators.timeliness(id, LocalDate.now(Formats.VIETNAM));
		response.setContentType(QuarterlyReportExport.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(QuarterlyReportExport.fileName(view.register(), period, "xlsx")).build().toString());
		this.export.write(view, timeliness, locale, response.getOutputStream());
	}

	@GetMapping("/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, @PathVariable ReportingPeriod period, Locale locale) {
		Indicators.PeriodView view = this.indicators.period(id, period);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("view", view);
		model.put("register", view.register());
		model.put("title", this.export.title(view, locale));
		model.put("timeliness", this.indicators.timeliness(id, LocalDate.now(Formats.VIETNAM)));
		model.put("today", LocalDate.now(Formats.VIETNAM));
		byte[] body = this.pdf.render("indicator/report-pdf", model, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename(QuarterlyReportExport.fileName(view.register(), period, "pdf")).build().toString())
			.body(body);
	}

}
