package vn.vieclam.portal.employer;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;

/** An enterprise registers itself and its first user; it may draft at once and publish once verified. */
@Controller
class EmployerRegistrationController {

	private final Employers employers;

	private final EmployerPickers pickers;

	EmployerRegistrationController(Employers employers, EmployerPickers pickers) {
		this.employers = employers;
		this.pickers = pickers;
	}

	@GetMapping("/employers/register")
	String showForm(Model model) {
		model.addAttribute("form", RegistrationForm.empty());
		this.pickers.addTo(model);
		return "employer/register";
	}

	@PostMapping("/employers/register")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.employers.register(form.toDetails(), form.username().strip(), form.contactName().strip(),
						form.password());
				Flash.success(redirect, "employer.registered", form.username().strip());
				return "redirect:/login";
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		this.pickers.addTo(model);
		return "employer/register";
	}

}
