package vn.vieclam.portal.matching;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.candidate.PriorityGroup;
import vn.vieclam.portal.reference.ReferenceData;

/** A centre's best candidates for a published vacancy, each with its score in words; refer from the list. */
@Controller
class VacancyMatchController {

	private final Matching matching;

	private final ReferenceData reference;

	VacancyMatchController(Matching matching, ReferenceData reference) {
		this.matching = matching;
		this.reference = reference;
	}

	@GetMapping("/vacancies/{id}/matches")
	String showMatches(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@RequestParam(required = false) Long province, @RequestParam(required = false) PriorityGroup priority,
			Model model) {
		Matching.ForVacancy result = this.matching.candidatesFor(user, id, province, priority);
		model.addAttribute("vacancy", result.vacancy());
		model.addAttribute("matches", result.matches());
		model.addAttribute("province", province);
		model.addAttribute("priority", priority);
		model.addAttribute("provinces", this.reference.provinces(Referrals.today()));
		model.addAttribute("priorities", PriorityGroup.values());
		model.addAttribute("weights", MatchWeights.components());
		return "matching/vacancy-matches";
	}

}
