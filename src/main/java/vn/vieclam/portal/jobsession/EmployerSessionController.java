package vn.vieclam.portal.jobsession;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;
import vn.vieclam.portal.vacancy.Vacancies;
import vn.vieclam.portal.vacancy.VacancyStatus;

/** An employer's session registrations: its own only; registering brings its published vacancies. */
@Controller
class EmployerSessionController {

	private final JobSessions sessions;

	private final Vacancies vacancies;

	EmployerSessionController(JobSessions sessions, Vacancies vacancies) {
		this.sessions = sessions;
		this.vacancies = vacancies;
	}

	@GetMapping("/employer/job-sessions")
	String showMine(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("registrations", this.sessions.registrationsOf(user));
		model.addAttribute("open", this.sessions.openForEmployers());
		model.addAttribute("today", JobSessions.today());
		return "jobsession/employer-list";
	}

	@GetMapping("/employer/job-sessions/{id}/register")
	String showRegister(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		model.addAttribute("s", this.sessions.forEmployer(id));
		model.addAttribute("published",
				this.vacancies.mine(user, VacancyStatus.PUBLISHED, PageRequest.of(0, 100)).getContent());
		model.addAttribute("today", JobSessions.today());
		if (!model.containsAttribute("registration")) {
			model.addAttribute("registration", EmployerRegistrationForm.empty());
		}
		return "jobsession/employer-register";
	}

	@PostMapping("/employer/job-sessions/{id}/register")
	String register(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("registration") EmployerRegistrationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.sessions.registerEmployer(user, id, form.vacancyIds(), form.interviewSlots(), form.note());
				Flash.success(redirect, "jobsession.employer.registered");
				return "redirect:/employer/job-sessions";
			}
			catch (DomainException ex) {
				PublicSessionController.reject(result, ex);
			}
		}
		return showRegister(user, id, model);
	}

	@PostMapping("/employer/job-sessions/registrations/{registrationId}/cancel")
	String cancel(@AuthenticationPrincipal PortalUser user, @PathVariable Long registrationId,
			RedirectAttributes redirect) {
		try {
			this.sessions.cancelEmployer(user, registrationId);
			Flash.success(redirect, "jobsession.employer.cancelled");
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/employer/job-sessions";
	}

}
