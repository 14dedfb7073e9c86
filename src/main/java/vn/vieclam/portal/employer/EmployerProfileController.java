package vn.vieclam.portal.employer;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;

/** The employer's own company profile: the only employer it can see or change. */
@Controller
class EmployerProfileController {

	private final Employers employers;

	private final EmployerPickers pickers;

	EmployerProfileController(Employers employers, EmployerPickers pickers) {
		this.employers = employers;
		this.pickers = pickers;
	}

	@GetMapping("/employer/profile")
	String showProfile(@AuthenticationPrincipal PortalUser user, Model model) {
		EmployerView employer = this.employers.of(user);
		model.addAttribute("form", EmployerForm.from(employer));
		return page(model, employer);
	}

	@PostMapping("/employer/profile")
	String update(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") EmployerForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				boolean backToVerification = this.employers.update(user, form.version(), form.toDetails());
				Flash.success(redirect, backToVerification ? "employer.updated.reverify" : "flash.saved");
				return "redirect:/employer/profile";
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return page(model, this.employers.of(user));
	}

	private String page(Model model, EmployerView employer) {
		model.addAttribute("employer", employer);
		this.pickers.addTo(model);
		return "employer/profile";
	}

}
