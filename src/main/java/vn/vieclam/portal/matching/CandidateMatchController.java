package vn.vieclam.portal.matching;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.reference.ReferenceData;

/** The best open vacancies for one of the centre's candidates, each with its score in words; refer from the list. */
@Controller
class CandidateMatchController {

	private final Matching matching;

	private final ReferenceData reference;

	CandidateMatchController(Matching matching, ReferenceData reference) {
		this.matching = matching;
		this.reference = reference;
	}

	@GetMapping("/candidates/{id}/matches")
	String showMatches(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@RequestParam(required = false) Long province, Model model) {
		Matching.ForCandidate result = this.matching.vacanciesFor(user, id, province);
		model.addAttribute("candidate", result.candidate());
		model.addAttribute("matches", result.matches());
		model.addAttribute("province", province);
		model.addAttribute("provinces", this.reference.provinces(Referrals.today()));
		model.addAttribute("weights", MatchWeights.components());
		return "matching/candidate-matches";
	}

}
