package vn.vieclam.portal.conference;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;
import vn.vieclam.portal.shared.Formats;

/** The organisers' list of gift recipients: nominations per unit within quota, approval, handover. */
@Controller
@RequestMapping("/conferences/{id}/gifts")
class GiftController {

	private final Gifts gifts;

	private final Conferences conferences;

	GiftController(Gifts gifts, Conferences conferences) {
		this.gifts = gifts;
		this.conferences = conferences;
	}

	@GetMapping
	String showList(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		model.addAttribute("recipients", this.gifts.list(user, id));
		model.addAttribute("quotas", this.gifts.quotas(user, id));
		model.addAttribute("conference", this.conferences.view(user, id));
		model.addAttribute("today", LocalDate.now(Formats.VIETNAM));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", GiftForm.empty());
		}
		return "conference/gifts";
	}

	@PostMapping
	String nominate(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @Valid @ModelAttribute("form") GiftForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.conferences.details(user, id);
		if (!result.hasErrors()) {
			try {
				this.gifts.nominate(user, id, form.unitId(), form.fullName().strip(), form.workplace(), form.circumstances().strip(),
						form.consent(), LocalDate.now(Formats.VIETNAM));
				Flash.success(redirect, "conference.gift.saved");
				return "redirect:/conferences/" + id + "/gifts";
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return showList(user, id, model);
	}

	@PostMapping("/{recipientId}/approve")
	String approve(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long recipientId,
			RedirectAttributes redirect) {
		return act(id, redirect, "conference.gift.approved", () -> this.gifts.approve(user, id, recipientId));
	}

	@PostMapping("/{recipientId}/reject")
	String reject(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long recipientId,
			RedirectAttributes redirect) {
		return act(id, redirect, "conference.gift.rejected", () -> this.gifts.reject(user, id, recipientId));
	}

	@PostMapping("/{recipientId}/handover")
	String handOver(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long recipientId,
			RedirectAttributes redirect) {
		return act(id, redirect, "conference.gift.handedOver", () -> this.gifts.handOver(user, id, recipientId));
	}

	private String act(Long id, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			Flash.success(redirect, success);
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/conferences/" + id + "/gifts";
	}

}
