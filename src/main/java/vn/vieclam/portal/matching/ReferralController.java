package vn.vieclam.portal.matching;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;
import vn.vieclam.portal.shared.SheetWriter;
import vn.vieclam.portal.shared.audit.AuditAction;
import vn.vieclam.portal.shared.audit.AuditLog;

/**
 * Referrals: the centre refers and may record a withdrawal; the vacancy's employer records the interview
 * and the outcome. Both read the list and one referral; the services scope every read and write.
 */
@Controller
@RequestMapping("/referrals")
class ReferralController {

	private final Referrals referrals;

	private final ReferralExport export;

	private final AuditLog audit;

	ReferralController(Referrals referrals, ReferralExport export, AuditLog audit) {
		this.referrals = referrals;
		this.export = export;
		this.audit = audit;
	}

	@GetMapping
	String showList(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) ReferralStatus status,
			@RequestParam(required = false) Long vacancy, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("referrals", this.referrals.list(user, status, vacancy, PageRequest.of(Math.max(page, 0), 25)));
		model.addAttribute("vacancies", this.referrals.vacanciesReferredTo(user, vacancy));
		model.addAttribute("status", status);
		model.addAttribute("vacancy", vacancy);
		model.addAttribute("statuses", ReferralStatus.values());
		return "matching/referrals";
	}

	/** The list as .xlsx with the same filters, in the same scope; exporting personal data is audited. */
	@GetMapping("/export.xlsx")
	void export(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) ReferralStatus status,
			@RequestParam(required = false) Long vacancy, Locale locale, HttpServletResponse response) throws IOException {
		ReferralQueries.Scope scope = this.referrals.scope(user);
		this.audit.record(AuditAction.EXPORT, "Referral", null, null, "referral list export by " + user.getUsername()
				+ " (status=" + status + ", vacancy=" + vacancy + ")");
		response.setContentType(SheetWriter.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(ReferralExport.listFileName(Referrals.today())).build().toString());
		this.export.writeList(scope, status, vacancy, locale, response.getOutputStream());
	}

	@PostMapping
	String refer(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute ReferralForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			Flash.error(redirect, "referral.refer.incomplete");
			return "redirect:/referrals";
		}
		try {
			Long id = this.referrals.refer(user, form.candidateId(), form.vacancyId());
			Flash.success(redirect, "referral.done.referred");
			return "redirect:/referrals/" + id;
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
			return "redirect:" + form.back();
		}
	}

	@GetMapping("/{id}")
	String showReferral(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		return page(user, id, model);
	}

	@PostMapping("/{id}/interview")
	String scheduleInterview(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("interview") InterviewForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(user, id, result, model, redirect, "referral.done.interview", () -> this.referrals
			.scheduleInterview(user, id, form.version(), form.date(), form.time(), form.place()));
	}

	@PostMapping("/{id}/hire")
	String hire(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("hire") HireForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(user, id, result, model, redirect, "referral.done.hired",
				() -> this.referrals.hire(user, id, form.version(), form.startDate()));
	}

	@PostMapping("/{id}/not-selected")
	String notSelected(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("notSelected") ReasonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(user, id, result, model, redirect, "referral.done.notSelected",
				() -> this.referrals.notSelected(user, id, form.version(), form.reason()));
	}

	@PostMapping("/{id}/no-show")
	String noShow(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.referrals.noShow(user, id, version);
			Flash.success(redirect, "referral.done.noShow");
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/referrals/" + id;
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("withdrawal") ReasonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(user, id, result, model, redirect, "referral.done.withdrawn",
				() -> this.referrals.withdraw(user, id, form.version(), form.reason()));
	}

	/**
	 * Runs one step of the pipeline. A mistake in a field shows the page again with the message beside the
	 * field and what was typed; a step the referral's state refuses comes back as a message after the redirect.
	 */
	private String act(PortalUser user, Long id, BindingResult result, Model model, RedirectAttributes redirect,
			String success, Runnable action) {
		if (!result.hasErrors()) {
			try {
				action.run();
				Flash.success(redirect, success);
				return "redirect:/referrals/" + id;
			}
			catch (DomainException ex) {
				if (ex.field() == null) {
					Flash.error(redirect, ex.messageKey(), ex.arguments());
					return "redirect:/referrals/" + id;
				}
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return page(user, id, model);
	}

	private String page(PortalUser user, Long id, Model model) {
		Referrals.Detail detail = this.referrals.detail(user, id);
		long version = detail.referral().version();
		model.addAttribute("referral", detail.referral());
		model.addAttribute("candidate", detail.candidate());
		model.addAttribute("employerSide", detail.employerSide());
		if (!model.containsAttribute("interview")) {
			model.addAttribute("interview", InterviewForm.empty(version));
		}
		if (!model.containsAttribute("hire")) {
			model.addAttribute("hire", HireForm.empty(version));
		}
		if (!model.containsAttribute("notSelected")) {
			model.addAttribute("notSelected", ReasonForm.empty(version));
		}
		if (!model.containsAttribute("withdrawal")) {
			model.addAttribute("withdrawal", ReasonForm.empty(version));
		}
		return "matching/referral";
	}

}
