package vn.vieclam.portal.matching;

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

/** The centre's follow-up calls after hires, due within a week or overdue, and their results. */
@Controller
@RequestMapping("/referrals/follow-ups")
class FollowUpController {

	private final Referrals referrals;

	FollowUpController(Referrals referrals) {
		this.referrals = referrals;
	}

	@GetMapping
	String showDue(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("followUps", this.referrals.followUpsDue(user, PageRequest.of(Math.max(page, 0), 25)));
		model.addAttribute("horizon", Referrals.FOLLOW_UP_HORIZON_DAYS);
		return "matching/follow-ups";
	}

	@PostMapping("/{id}")
	String record(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute FollowUpForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			Flash.error(redirect, "referral.followUp.reasonTooLong");
			return "redirect:/referrals/follow-ups";
		}
		try {
			this.referrals.recordFollowUp(user, id, form.outcome(), form.reason());
			Flash.success(redirect, "referral.done.followUp");
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/referrals/follow-ups";
	}

}
