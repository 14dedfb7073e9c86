package vn.vieclam.portal.vacancy;

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
import vn.vieclam.portal.employer.EmployerView;
import vn.vieclam.portal.employer.Employers;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;

/** An employer's own hiring needs: draft, edit, submit for approval, close, mark filled. */
@Controller
@RequestMapping("/employer/vacancies")
class EmployerVacancyController {

	private final Vacancies vacancies;

	private final Employers employers;

	private final VacancyPickers pickers;

	EmployerVacancyController(Vacancies vacancies, Employers employers, VacancyPickers pickers) {
		this.vacancies = vacancies;
		this.employers = employers;
		this.pickers = pickers;
	}

	@GetMapping
	String showList(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) VacancyStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("vacancies", this.vacancies.mine(user, status, PageRequest.of(Math.max(page, 0), 25)));
		model.addAttribute("status", status);
		model.addAttribute("statuses", VacancyStatus.values());
		model.addAttribute("employer", this.employers.of(user));
		return "vacancy/mine";
	}

	@GetMapping("/new")
	String showCreateForm(@AuthenticationPrincipal PortalUser user, Model model) {
		EmployerView employer = this.employers.of(user);
		model.addAttribute("form", VacancyForm.empty(employer.provinceId(), employer.address(),
				Vacancies.today().plusDays(30)));
		return form(model, employer, null);
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") VacancyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Long id = this.vacancies.createDraft(user, form.toTerms());
				Flash.success(redirect, "vacancy.draftSaved");
				return "redirect:/employer/vacancies/" + id;
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return form(model, this.employers.of(user), null);
	}

	@GetMapping("/{id}")
	String showVacancy(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		VacancyView vacancy = this.vacancies.own(user, id);
		model.addAttribute("form", VacancyForm.from(vacancy));
		return form(model, this.employers.of(user), vacancy);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") VacancyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		VacancyView vacancy = this.vacancies.own(user, id);
		if (!result.hasErrors()) {
			try {
				this.vacancies.update(user, id, form.version(), form.toTerms());
				Flash.success(redirect, "flash.saved");
				return "redirect:/employer/vacancies/" + id;
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
		return form(model, this.employers.of(user), vacancy);
	}

	@PostMapping("/{id}/submit")
	String submit(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "vacancy.submitted", () -> this.vacancies.submit(user, id));
	}

	@PostMapping("/{id}/close")
	String close(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "vacancy.closed", () -> this.vacancies.close(user, id));
	}

	@PostMapping("/{id}/filled")
	String markFilled(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "vacancy.filled", () -> this.vacancies.markFilled(user, id));
	}

	private String act(Long id, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			Flash.success(redirect, success);
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/employer/vacancies/" + id;
	}

	private String form(Model model, EmployerView employer, VacancyView vacancy) {
		model.addAttribute("employer", employer);
		model.addAttribute("vacancy", vacancy);
		if (vacancy != null) {
			model.addAttribute("revisions", this.vacancies.revisions(vacancy.id()));
		}
		this.pickers.addTo(model);
		return "vacancy/form";
	}

}
