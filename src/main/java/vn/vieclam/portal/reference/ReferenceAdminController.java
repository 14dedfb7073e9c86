package vn.vieclam.portal.reference;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The code lists that migrations own: shown to administrators, changed only by a new migration. */
@Controller
class ReferenceAdminController {

	private final ReferenceData reference;

	ReferenceAdminController(ReferenceData reference) {
		this.reference = reference;
	}

	@GetMapping("/admin/reference")
	String showCodeLists(Model model) {
		model.addAttribute("skillLevels", this.reference.skillLevels());
		model.addAttribute("occupations", this.reference.occupations());
		model.addAttribute("sectors", this.reference.sectors());
		model.addAttribute("zones", this.reference.industrialZones());
		return "reference/code-lists";
	}

}
