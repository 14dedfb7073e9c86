package vn.vieclam.portal.employer;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;
import vn.vieclam.portal.shared.Formats;

/** The employer's own workforce reports: list, draft, change the draft, submit it to the competent body. */
@Controller
@RequestMapping("/employer/reports")
class EmployerWorkforceController {

	private final WorkforceReports reports;

	private final Employers employers;

	private final ReferenceData reference;

	EmployerWorkforceController(WorkforceReports reports, Employers employers, ReferenceData reference) {
		this.reports = reports;
		this.employers = employers;
		this.reference = reference;
	}

	@GetMapping
	String showList(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("reports", this.reports.own(user, PageRequest.of(Math.max(page, 0), 25)));
		model.addAttribute("employer", this.employers.of(user));
		return "workforce/employer-list";
	}

	@GetMapping("/new")
	String showNewForm(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("form", WorkforceReportForm.empty(LocalDate.now(Formats.VIETNAM)));
		return formPage(user, null, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") WorkforceReportForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.getTarget() == null) {
			return "redirect:/employer/reports/new"; // the post lacked fields a form cannot be built without: nothing to keep
		}
		if (!result.hasErrors()) {
			try {
				Long id = this.reports.create(user, form.toDetails());
				Flash.success(redirect, "workforce.saved");
				return "redirect:/employer/reports/" + id;
			}
			catch (DomainException ex) {
				reject(result, ex);
			}
		}
		return formPage(user, null, model);
	}

	/** A draft opens for editing; a submitted report is shown read-only. */
	@GetMapping("/{id}")
	String showReport(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		WorkforceReportView report = this.reports.view(user, id);
		if (report.submitted()) {
			model.addAttribute("report", report);
			model.addAttribute("official", false);
			return "workforce/view";
		}
		model.addAttribute("form", WorkforceReportForm.from(report));
		return formPage(user, report, model);
	}

	@PostMapping("/{id}")
	String revise(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") WorkforceReportForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		WorkforceReportView report = this.reports.view(user, id);
		if (report.submitted()) {
			Flash.error(redirect, "workforce.report.alreadySubmitted");
			return "redirect:/employer/reports/" + id;
		}
		if (!result.hasErrors()) {
			try {
				this.reports.revise(user, id, form.version(), form.toDetails());
				Flash.success(redirect, "workforce.saved");
				return "redirect:/employer/reports/" + id;
			}
			catch (DomainException ex) {
				if (ex.field() == null) {
					Flash.error(redirect, ex.messageKey(), ex.arguments());
					return "redirect:/employer/reports/" + id;
				}
				reject(result, ex);
			}
		}
		return formPage(user, report, model);
	}

	/** Saves the form as shown and submits it, in one step. */
	@PostMapping("/{id}/submit")
	String submit(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") WorkforceReportForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		WorkforceReportView report = this.reports.view(user, id);
		if (report.submitted()) {
			Flash.error(redirect, "workforce.report.alreadySubmitted");
			return "redirect:/employer/reports/" + id;
		}
		if (!result.hasErrors()) {
			try {
				this.reports.submit(user, id, form.version(), form.toDetails());
				Flash.success(redirect, "workforce.submitted");
				return "redirect:/employer/reports/" + id;
			}
			catch (DomainException ex) {
				if (ex.field() == null) {
					Flash.error(redirect, ex.messageKey(), ex.arguments());
					return "redirect:/employer/reports/" + id;
				}
				reject(result, ex);
			}
		}
		return formPage(user, report, model);
	}

	private String formPage(PortalUser user, WorkforceReportView report, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("employer", this.employers.of(user));
		model.addAttribute("periodTypes", WorkforcePeriodType.values());
		model.addAttribute("terms", WorkforceTerm.values());
		model.addAttribute("provinces", this.reference.provinces(LocalDate.now(Formats.VIETNAM)));
		model.addAttribute("skillLevels", this.reference.skillLevels());
		return "workforce/form";
	}

	private static void reject(BindingResult result, DomainException ex) {
		if (ex.field() == null) {
			result.reject(ex.messageKey(), ex.arguments(), null);
		}
		else {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
		}
	}

}
