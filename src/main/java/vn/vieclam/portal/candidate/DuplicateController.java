package vn.vieclam.portal.candidate;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.shared.Flash;

/** Possible duplicates involving this centre's candidates, for people to decide: same person, or not. */
@Controller
class DuplicateController {

	private final Candidates candidates;

	DuplicateController(Candidates candidates) {
		this.candidates = candidates;
	}

	@GetMapping("/candidates/duplicates")
	String showDuplicates(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "true") boolean open,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("duplicates", this.candidates.duplicates(user, open, PageRequest.of(Math.max(page, 0), 25)));
		model.addAttribute("open", open);
		return "candidate/duplicates";
	}

	@PostMapping("/candidates/duplicates/{id}/link")
	String link(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.candidates.decideDuplicate(user, id, true);
		Flash.success(redirect, "duplicate.linked");
		return "redirect:/candidates/duplicates";
	}

	@PostMapping("/candidates/duplicates/{id}/keep-apart")
	String keepApart(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.candidates.decideDuplicate(user, id, false);
		Flash.success(redirect, "duplicate.keptApart");
		return "redirect:/candidates/duplicates";
	}

}
