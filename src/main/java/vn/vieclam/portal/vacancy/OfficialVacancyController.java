package vn.vieclam.portal.vacancy;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.employer.Employers;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;

/**
 * The officials' queue: employers awaiting verification and vacancies awaiting approval, with counts.
 * Every official reads it; only the competent body acts, which the services check again.
 */
@Controller
class OfficialVacancyController {

	private final Vacancies vacancies;

	private final Employers employers;

	OfficialVacancyController(Vacancies vacancies, Employers employers) {
		this.vacancies = vacancies;
		this.employers = employers;
	}

	@GetMapping("/official/queue")
	String showQueue(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Boolean mine,
			@RequestParam(defaultValue = "SUBMITTED") VacancyStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		boolean scoped = mine != null ? mine : this.employers.supervisesEmployers(user);
		Long body = scoped ? user.organisationId() : null;
		model.addAttribute("vacancies", this.vacancies.queue(body, status, PageRequest.of(Math.max(page, 0), 25)));
		model.addAttribute("vacanciesWaiting", this.vacancies.queueCount(body));
		model.addAttribute("employersWaiting", this.employers.pendingCount(body));
		model.addAttribute("mine", scoped);
		model.addAttribute("status", status);
		model.addAttribute("statuses", VacancyStatus.values());
		return "vacancy/queue";
	}

	@GetMapping("/official/vacancies/{id}")
	String showVacancy(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		VacancyView vacancy = this.vacancies.forOfficial(id);
		model.addAttribute("vacancy", vacancy);
		model.addAttribute("competent", this.vacancies.isCompetent(user, vacancy));
		model.addAttribute("revisions", this.vacancies.revisions(id));
		return "vacancy/review";
	}

	@PostMapping("/official/vacancies/{id}/approve")
	String approve(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, RedirectAttributes redirect) {
		try {
			this.vacancies.approve(user, id);
			Flash.success(redirect, "vacancy.approved");
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/official/vacancies/" + id;
	}

	@PostMapping("/official/vacancies/{id}/return")
	String returnToEmployer(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		try {
			this.vacancies.returnToEmployer(user, id, reason);
			Flash.success(redirect, "vacancy.returned");
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/official/vacancies/" + id;
	}

}
