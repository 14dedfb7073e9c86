package vn.vieclam.portal.account;

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

import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;

@Controller
@RequestMapping("/admin/users")
class AdminUserController {

	private final Accounts accounts;

	private final ReferenceData reference;

	private final Mfa mfa;

	AdminUserController(Accounts accounts, ReferenceData reference, Mfa mfa) {
		this.mfa = mfa;
		this.accounts = accounts;
		this.reference = reference;
	}

	@GetMapping
	String showList(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Boolean enabled, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("users", this.accounts.search(q, role, enabled, PageRequest.of(Math.max(page, 0), 25)));
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("enabled", enabled);
		model.addAttribute("roles", Role.values());
		return "account/users";
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		return form(model, UserForm.empty(), null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.getTarget() == null) {
			return "redirect:/admin/users/new"; // the post lacked fields a form cannot be built without: nothing to keep
		}
		if (form.password() == null || form.password().isBlank()) {
			result.rejectValue("password", "NotBlank");
		}
		if (!result.hasErrors()) {
			try {
				Long id = this.accounts.create(new Accounts.NewUser(form.username(), form.fullName(), form.email(),
						form.role(), form.organisationId(), form.password()));
				Flash.success(redirect, "user.created", form.username());
				return "redirect:/admin/users/" + id;
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return form(model, form, null);
	}

	@GetMapping("/{id}")
	String showEditForm(@PathVariable Long id, Model model) {
		return form(model, UserForm.from(this.accounts.view(id)), id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.accounts.update(id, form.version(), form.fullName(), form.email(), form.role(), form.organisationId());
				Flash.success(redirect, "flash.saved");
				return "redirect:/admin/users/" + id;
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(model, form, id);
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable Long id, @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
		try {
			this.accounts.disable(id, admin.getUsername());
			Flash.success(redirect, "user.disabled");
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable Long id, RedirectAttributes redirect) {
		this.accounts.enable(id);
		Flash.success(redirect, "user.enabled");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable Long id, @RequestParam(defaultValue = "") String password,
			RedirectAttributes redirect) {
		try {
			this.accounts.resetPassword(id, password);
			Flash.success(redirect, "user.passwordReset");
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/admin/users/" + id;
	}

	/** A user who lost their phone sets up the second factor again at the next sign-in (audited). */
	@PostMapping("/{id}/mfa/reset")
	String resetMfa(@PathVariable Long id, RedirectAttributes redirect) {
		this.accounts.view(id);
		this.mfa.reset(id);
		Flash.success(redirect, "user.mfa.wasReset");
		return "redirect:/admin/users/" + id;
	}

	private String form(Model model, UserForm form, Long id) {
		// After a failed bind the model already holds the form with its BindingResult; keep both.
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("userId", id);
		if (id != null) {
			model.addAttribute("user", this.accounts.view(id));
			model.addAttribute("mfaOn", this.mfa.enrolled(id));
		}
		model.addAttribute("roles", Role.values());
		model.addAttribute("organisations", this.reference.activeOrganisations());
		return "account/user-form";
	}

}
