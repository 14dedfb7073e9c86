package vn.vieclam.portal.reference;

import java.time.LocalDate;
import java.util.Arrays;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
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

import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;

@Controller
@RequestMapping("/admin/organisations")
class OrganisationAdminController {

	private final ReferenceData reference;

	OrganisationAdminController(ReferenceData reference) {
		this.reference = reference;
	}

	@GetMapping
	String showList(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) OrganisationKind kind,
			@RequestParam(required = false) Long province, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("organisations",
				this.reference.searchOrganisations(q, kind, province, PageRequest.of(Math.max(page, 0), 25)));
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("province", province);
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("provinces", this.reference.provinces(LocalDate.of(2024, 1, 1)));
		return "reference/organisations";
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		return form(model, OrganisationForm.empty(), null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.getTarget() == null) {
			return "redirect:/admin/organisations/new"; // the post lacked fields a form cannot be built without: nothing to keep
		}
		if (!result.hasErrors()) {
			try {
				Long id = this.reference.createOrganisation(form.code(), form.toDetails(), form.provinceId(),
						form.parentId(), form.successorId());
				Flash.success(redirect, "flash.saved");
				return "redirect:/admin/organisations/" + id;
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(model, form, null);
	}

	@GetMapping("/{id}")
	String showEditForm(@PathVariable Long id, Model model) {
		return form(model, this.reference.organisationForm(id), id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.getTarget() == null) {
			return "redirect:/admin/organisations/" + id; // the post lacked fields a form cannot be built without: nothing to keep
		}
		if (!result.hasErrors()) {
			try {
				this.reference.updateOrganisation(id, form.version(), form.toDetails(), form.provinceId(),
						form.parentId(), form.successorId());
				Flash.success(redirect, "flash.saved");
				return "redirect:/admin/organisations/" + id;
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(model, form, id);
	}

	private String form(Model model, OrganisationForm form, Long id) {
		// After a failed bind the model already holds the form with its BindingResult; keep both.
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("organisationId", id);
		model.addAttribute("kinds", Arrays.asList(OrganisationKind.values()));
		model.addAttribute("provinces", this.reference.searchUnits("", UnitLevel.PROVINCE, null, null,
				PageRequest.of(0, 200)).getContent());
		model.addAttribute("organisations", this.reference.activeOrganisations());
		return "reference/organisation-form";
	}

}
