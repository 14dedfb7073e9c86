package vn.vieclam.portal.employer;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.SearchText;

/**
 * Officials follow a period's workforce reports: who reported and who did not, with the totals, for their
 * own body's employers or all; they open a submitted report read-only and download the period as .xlsx.
 */
@Controller
@RequestMapping("/official/workforce-reports")
class OfficialWorkforceController {

	private static final int PAGE_SIZE = 25;

	private final WorkforceReports reports;

	private final Employers employers;

	OfficialWorkforceController(WorkforceReports reports, Employers employers) {
		this.reports = reports;
		this.employers = employers;
	}

	@GetMapping
	String showList(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) WorkforcePeriodType periodType,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer number,
			@RequestParam(required = false) Boolean mine, @RequestParam(required = false) Boolean reported,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		boolean scoped = mine != null ? mine : this.employers.supervisesEmployers(user);
		WorkforceFilter filter = filter(user, periodType, year, number, scoped, reported, q);
		model.addAttribute("list", this.reports.period(user, filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("period", filter.period());
		model.addAttribute("periodTypes", WorkforcePeriodType.values());
		model.addAttribute("mine", scoped);
		model.addAttribute("reported", reported);
		model.addAttribute("q", q);
		return "workforce/official-list";
	}

	@GetMapping("/{id}")
	String showReport(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		model.addAttribute("report", this.reports.view(user, id));
		model.addAttribute("official", true);
		return "workforce/view";
	}

	/** The same employers the list shows (all pages), streamed as a workbook. */
	@GetMapping("/export.xlsx")
	void export(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) WorkforcePeriodType periodType,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer number,
			@RequestParam(required = false) Boolean mine, @RequestParam(required = false) Boolean reported,
			@RequestParam(defaultValue = "") String q, Locale locale, HttpServletResponse response) throws IOException {
		boolean scoped = mine != null ? mine : this.employers.supervisesEmployers(user);
		WorkforceFilter filter = filter(user, periodType, year, number, scoped, reported, q);
		response.setContentType(WorkforceExport.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(WorkforceExport.fileName(filter.period())).build().toString());
		this.reports.export(user, filter, locale, response.getOutputStream());
	}

	private static WorkforceFilter filter(PortalUser user, WorkforcePeriodType type, Integer year, Integer number,
			boolean mine, Boolean reported, String q) {
		return new WorkforceFilter(period(type, year, number), mine ? user.organisationId() : null, SearchText.pattern(q),
				reported);
	}

	/** The period asked for, or the month that has just ended when none (or none that exists) was asked for. */
	private static WorkforcePeriod period(WorkforcePeriodType type, Integer year, Integer number) {
		if (type == null || year == null || number == null || year < 2000 || year > 2100) {
			return WorkforcePeriod.previousMonth(LocalDate.now(Formats.VIETNAM));
		}
		try {
			return WorkforcePeriod.of(type, year, number);
		}
		catch (DomainException ex) {
			return WorkforcePeriod.previousMonth(LocalDate.now(Formats.VIETNAM));
		}
	}

}
