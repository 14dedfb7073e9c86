package vn.vieclam.portal.employer;

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

/**
 * Officials see every employer (read-only); the competent body verifies or returns its own. Actions by
 * any other body are refused on the server, whatever the page showed.
 */
@Controller
@RequestMapping("/official/employers")
class OfficialEmployerController {

	private final Employers employers;

	private final EmployerPickers pickers;

	OfficialEmployerController(Employers employers, EmployerPickers pickers) {
		this.employers = employers;
		this.pickers = pickers;
	}

	@GetMapping
	String showList(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Verification verification, @RequestParam(required = false) Long zone,
			@RequestParam(required = false) Boolean mine, @RequestParam(defaultValue = "0") int page, Model model) {
		boolean scoped = mine != null ? mine : this.employers.supervisesEmployers(user);
		model.addAttribute("employers", this.employers.search(q, verification, zone, scoped ? user.organisationId() : null,
				PageRequest.of(Math.max(page, 0), 25)));
		model.addAttribute("q", q);
		model.addAttribute("verification", verification);
		model.addAttribute("zone", zone);
		model.addAttribute("mine", scoped);
		model.addAttribute("verifications", Verification.values());
		this.pickers.addTo(model);
		return "employer/list";
	}

	@GetMapping("/{id}")
	String showEmployer(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		EmployerView employer = this.employers.view(id);
		model.addAttribute("employer", employer);
		model.addAttribute("competent", this.employers.isCompetent(user, employer));
		return "employer/detail";
	}

	@PostMapping("/{id}/verify")
	String verify(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, RedirectAttributes redirect) {
		try {
			this.employers.verify(id, user);
			Flash.success(redirect, "employer.verified");
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey());
		}
		return "redirect:/official/employers/" + id;
	}

	@PostMapping("/{id}/return")
	String returnForCorrection(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		try {
			this.employers.returnForCorrection(id, note, user);
			Flash.success(redirect, "employer.returned");
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey());
		}
		return "redirect:/official/employers/" + id;
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		model.addAttribute("form", EmployerForm.empty());
		this.pickers.addTo(model);
		return "employer/new";
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") EmployerForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Long id = this.employers.createByOfficial(form.toDetails(), user);
				Flash.success(redirect, "flash.saved");
				return "redirect:/official/employers/" + id;
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		this.pickers.addTo(model);
		return "employer/new";
	}

}
