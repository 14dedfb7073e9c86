package vn.vieclam.portal.candidate;

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
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;
import vn.vieclam.portal.vacancy.InterestRow;
import vn.vieclam.portal.vacancy.Vacancies;

/**
 * Workers' expressions of interest addressed to this centre. Staff turn one into a candidate in one step
 * (the worker's consent travels with it), link it to a candidate they already have, or set it aside.
 */
@Controller
@RequestMapping("/candidates/inbox")
class InboxController {

	private final Candidates candidates;

	private final Vacancies vacancies;

	private final CandidatePickers pickers;

	InboxController(Candidates candidates, Vacancies vacancies, CandidatePickers pickers) {
		this.candidates = candidates;
		this.vacancies = vacancies;
		this.pickers = pickers;
	}

	@GetMapping
	String showInbox(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "NEW") String status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String shown = switch (status) {
			case "HANDLED", "DISCARDED" -> status;
			default -> "NEW";
		};
		model.addAttribute("interests", this.vacancies.inbox(this.candidates.centreOf(user), shown,
				PageRequest.of(Math.max(page, 0), 25)));
		model.addAttribute("status", shown);
		return "candidate/inbox";
	}

	@GetMapping("/{id}")
	String showInterest(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		InterestRow interest = this.vacancies.interest(this.candidates.centreOf(user), id);
		String address = interest.homeCommuneText();
		model.addAttribute("form", CandidateForm.fromInterest(interest.fullName(), interest.phone(),
				interest.homeProvinceId(), interest.homeCommuneId(), address));
		return page(model, interest);
	}

	@PostMapping("/{id}")
	String register(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") CandidateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Long centre = this.candidates.centreOf(user);
		InterestRow interest = this.vacancies.interest(centre, id);
		if (!result.hasErrors()) {
			try {
				// The worker agreed on the board to be contacted about jobs: that consent travels with them.
				Consent consent = new Consent(true, form.consentSharing(), interest.consentNotice());
				Candidates.Registration registration = this.candidates.register(user, form.toDetails(), consent,
						"INTEREST");
				this.vacancies.closeInterest(centre, id, true);
				Flash.success(redirect, registration.duplicates().isEmpty() ? "candidate.created"
						: "candidate.created.duplicates", registration.duplicates().size());
				return "redirect:/candidates/" + registration.id();
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return page(model, interest);
	}

	@PostMapping("/{id}/link")
	String link(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @RequestParam Long candidateId,
			RedirectAttributes redirect) {
		Long centre = this.candidates.centreOf(user);
		this.vacancies.interest(centre, id);
		this.candidates.view(user, candidateId); // must be one of ours
		this.vacancies.closeInterest(centre, id, true);
		Flash.success(redirect, "inbox.linked");
		return "redirect:/candidates/" + candidateId;
	}

	@PostMapping("/{id}/discard")
	String discard(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.vacancies.closeInterest(this.candidates.centreOf(user), id, false);
		Flash.success(redirect, "inbox.discarded");
		return "redirect:/candidates/inbox";
	}

	private String page(Model model, InterestRow interest) {
		model.addAttribute("interest", interest);
		model.addAttribute("candidate", null);
		model.addAttribute("candidateId", null);
		this.pickers.addTo(model);
		return "candidate/from-interest";
	}

}
