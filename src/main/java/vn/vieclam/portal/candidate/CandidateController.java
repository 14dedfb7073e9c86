package vn.vieclam.portal.candidate;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.vieclam.portal.shared.audit.AuditAction;
import vn.vieclam.portal.shared.audit.AuditLog;

/** A job centre's registry: its own candidates only. */
@Controller
@RequestMapping("/candidates")
class CandidateController {

	private final Candidates candidates;

	private final CandidatePickers pickers;

	private final ReferenceData reference;

	private final CandidateExport export;

	private final AuditLog audit;

	private final DataRequests dataRequests;

	CandidateController(Candidates candidates, CandidatePickers pickers, ReferenceData reference, CandidateExport export,
			AuditLog audit, DataRequests dataRequests) {
		this.dataRequests = dataRequests;
		this.candidates = candidates;
		this.pickers = pickers;
		this.reference = reference;
		this.export = export;
		this.audit = audit;
	}

	@GetMapping
	String showList(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) CandidateStatus status, @RequestParam(required = false) Long province,
			@RequestParam(required = false) PriorityGroup priority, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("candidates",
				this.candidates.search(user, q, status, province, priority, PageRequest.of(Math.max(page, 0), 20)));
		model.addAttribute("q", q);
		model.addAttribute("status", status);
		model.addAttribute("province", province);
		model.addAttribute("priority", priority);
		this.pickers.addFiltersTo(model);
		return "candidate/list";
	}

	/** The list as .xlsx with the same filters; exporting personal data is audited. */
	@GetMapping("/export.xlsx")
	void export(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) CandidateStatus status, @RequestParam(required = false) Long province,
			@RequestParam(required = false) PriorityGroup priority, java.util.Locale locale,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		Long centre = this.candidates.centreOf(user);
		this.audit.record(AuditAction.EXPORT, "Candidate", null, null,
				"registry export by " + user.getUsername() + " (q=" + q.replaceAll("[\\p{Cntrl}]", "?") + ")");
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"nguoi-tim-viec-" + LocalDate.now(Formats.VIETNAM) + ".xlsx\"");
		this.export.write(centre, q, status, province, priority, locale, response.getOutputStream());
	}

	@GetMapping("/new")
	String showCreateForm(@AuthenticationPrincipal PortalUser user, Model model) {
		Long province = this.reference.organisation(this.candidates.centreOf(user)).provinceId();
		model.addAttribute("form", CandidateForm.empty(this.reference.currentUnit(province).id()));
		return form(model, null, null);
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") CandidateForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Candidates.Registration registration = this.candidates.register(user, form.toDetails(),
						form.toConsent(), "CENTRE");
				Flash.success(redirect, registration.duplicates().isEmpty() ? "candidate.created"
						: "candidate.created.duplicates", registration.duplicates().size());
				return "redirect:/candidates/" + registration.id();
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		this.candidates.centreOf(user);
		return form(model, null, null);
	}

	@GetMapping("/{id}")
	String showCandidate(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		CandidateView candidate = this.candidates.view(user, id);
		model.addAttribute("candidate", candidate);
		model.addAttribute("counselling", this.candidates.counselling(user, id));
		model.addAttribute("views", this.candidates.viewsByOthers(user, id));
		model.addAttribute("dataRequests", this.dataRequests.ofCandidate(user, id));
		model.addAttribute("today", LocalDate.now(Formats.VIETNAM));
		this.pickers.addTo(model);
		return "candidate/detail";
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		CandidateView candidate = this.candidates.view(user, id);
		model.addAttribute("form", CandidateForm.from(candidate));
		return form(model, candidate, id);
	}

	@PostMapping("/{id}/edit")
	String update(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") CandidateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CandidateView candidate = this.candidates.view(user, id);
		if (!result.hasErrors()) {
			try {
				this.candidates.update(user, id, form.version(), form.toDetails());
				Flash.success(redirect, "flash.saved");
				return "redirect:/candidates/" + id;
			}
			catch (DomainException ex) {
				if (ex.field() == null) {
					result.reject(ex.messageKey(), ex.arguments(), null);
				}
				else {
					result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
				}
			}
		}
		return form(model, candidate, id);
	}

	@PostMapping("/{id}/sharing")
	String consentToSharing(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "candidate.sharing.given", () -> this.candidates.consentToSharing(user, id));
	}

	@PostMapping("/{id}/sharing/withdraw")
	String withdrawSharing(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "candidate.sharing.withdrawn", () -> this.candidates.withdrawSharing(user, id));
	}

	@PostMapping("/{id}/erase")
	String erase(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@RequestParam(defaultValue = "") String confirm, RedirectAttributes redirect) {
		if (!"XOA".equalsIgnoreCase(confirm.strip()) && !"ERASE".equalsIgnoreCase(confirm.strip())) {
			this.candidates.view(user, id);
			Flash.error(redirect, "candidate.erase.confirm");
			return "redirect:/candidates/" + id;
		}
		return act(id, redirect, "candidate.erased.done", () -> this.candidates.erase(user, id));
	}

	@PostMapping("/{id}/counselling")
	String recordCounselling(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@RequestParam(defaultValue = "COUNSELLING") CounsellingKind kind,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/uuuu") LocalDate happenedOn,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return act(id, redirect, "counselling.recorded", () -> this.candidates.recordCounselling(user, id, kind,
				happenedOn == null ? LocalDate.now(Formats.VIETNAM) : happenedOn, note));
	}

	private String act(Long id, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			Flash.success(redirect, success);
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/candidates/" + id;
	}

	private String form(Model model, CandidateView candidate, Long id) {
		model.addAttribute("candidate", candidate);
		model.addAttribute("candidateId", id);
		this.pickers.addTo(model);
		return "candidate/form";
	}

}
