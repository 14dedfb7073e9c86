package vn.vieclam.portal.reference;

import java.time.LocalDate;

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
@RequestMapping("/admin/units")
class UnitAdminController {

	private final ReferenceData reference;

	UnitAdminController(ReferenceData reference) {
		this.reference = reference;
	}

	@GetMapping
	String showList(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) UnitLevel level,
			@RequestParam(required = false) Long parent,
			@RequestParam(required = false) LocalDate on,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("units", this.reference.searchUnits(q, level, parent, on, PageRequest.of(Math.max(page, 0), 25)));
		model.addAttribute("q", q);
		model.addAttribute("level", level);
		model.addAttribute("parent", parent);
		model.addAttribute("on", on);
		model.addAttribute("levels", UnitLevel.values());
		return "reference/units";
	}

	@GetMapping("/{id}")
	String showEditForm(@PathVariable Long id, Model model) {
		return form(model, this.reference.unitForm(id), id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.reference.updateUnit(id, form.version(), form.name().strip(), form.validFrom(), form.validTo(),
						form.successorId());
				Flash.success(redirect, "flash.saved");
				return "redirect:/admin/units/" + id;
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(model, form, id);
	}

	private String form(Model model, UnitForm form, Long id) {
		UnitRef unit = this.reference.unit(id);
		// After a failed bind the model already holds the form with its BindingResult; keep both.
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("unit", unit);
		model.addAttribute("candidates", this.reference.searchUnits("", unit.level(), null, null,
				PageRequest.of(0, 500)).getContent());
		return "reference/unit-form";
	}

}
