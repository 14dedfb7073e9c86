package vn.vieclam.portal.conference;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;

/** The organisers shape the conference: its connection points and its programme. */
@Controller
@RequestMapping("/conferences/{id}")
class ProgrammeController {

	private final Conferences conferences;

	ProgrammeController(Conferences conferences) {
		this.conferences = conferences;
	}

	@GetMapping("/points/new")
	String showNewPoint(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@RequestParam(defaultValue = "VENUE") PointLevel level, Model model) {
		this.conferences.details(user, id);
		model.addAttribute("form", PointForm.empty(level));
		return pointPage(user, id, null, model);
	}

	@PostMapping("/points")
	String addPoint(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @Valid @ModelAttribute("form") PointForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.conferences.details(user, id);
		if (!result.hasErrors()) {
			try {
				this.conferences.addPoint(user, id, null, form.toDetails());
				Flash.success(redirect, "conference.point.saved");
				return "redirect:/conferences/" + id + "#points";
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return pointPage(user, id, null, model);
	}

	@GetMapping("/points/{pointId}")
	String showPoint(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long pointId, Model model) {
		PointView point = this.conferences.point(user, id, pointId);
		model.addAttribute("form", PointForm.from(point));
		return pointPage(user, id, point, model);
	}

	@PostMapping("/points/{pointId}")
	String updatePoint(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long pointId,
			@Valid @ModelAttribute("form") PointForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		PointView point = this.conferences.point(user, id, pointId);
		if (!result.hasErrors()) {
			try {
				this.conferences.updatePoint(user, id, pointId, form.version(), form.toDetails());
				Flash.success(redirect, "conference.point.saved");
				return "redirect:/conferences/" + id + "#points";
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return pointPage(user, id, point, model);
	}

	@PostMapping("/points/{pointId}/attendance")
	String recordAttendance(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long pointId,
			@RequestParam(required = false) Integer attended, RedirectAttributes redirect) {
		try {
			this.conferences.recordAttendance(user, id, pointId, attended);
			Flash.success(redirect, "conference.attendance.saved");
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/conferences/" + id + "#points";
	}

	@PostMapping("/points/{pointId}/delete")
	String removePoint(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long pointId,
			RedirectAttributes redirect) {
		this.conferences.removePoint(user, id, pointId);
		Flash.success(redirect, "conference.point.removed");
		return "redirect:/conferences/" + id + "#points";
	}

	/** Adds a point for each district (or each commune of a district) valid on the conference's day. */
	@PostMapping("/points/generate")
	String generatePoints(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @RequestParam PointLevel level,
			@RequestParam(required = false) Long parentUnitId, RedirectAttributes redirect) {
		try {
			int added = this.conferences.generatePoints(user, id, level, parentUnitId);
			Flash.success(redirect, "conference.points.generated", added);
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/conferences/" + id + "#points";
	}

	private String pointPage(PortalUser user, Long id, PointView point, Model model) {
		model.addAttribute("conference", this.conferences.view(user, id));
		model.addAttribute("point", point);
		model.addAttribute("levels", PointLevel.values());
		return "conference/point-form";
	}

	// --- the programme ---

	@PostMapping("/agenda")
	String addItem(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("agendaForm") AgendaForm form, BindingResult result, RedirectAttributes redirect) {
		this.conferences.details(user, id);
		if (result.hasErrors()) {
			// Back to the conference page with what was typed and the errors beside the fields.
			redirect.addFlashAttribute("org.springframework.validation.BindingResult.agendaForm", result);
			redirect.addFlashAttribute("agendaForm", form);
			return "redirect:/conferences/" + id + "#agenda-new";
		}
		this.conferences.addItem(user, id, form.toDetails());
		Flash.success(redirect, "conference.agenda.added");
		return "redirect:/conferences/" + id + "#agenda";
	}

	@PostMapping("/agenda/{itemId}/up")
	String moveUp(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long itemId) {
		this.conferences.moveItem(user, id, itemId, -1);
		return "redirect:/conferences/" + id + "#agenda";
	}

	@PostMapping("/agenda/{itemId}/down")
	String moveDown(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long itemId) {
		this.conferences.moveItem(user, id, itemId, 1);
		return "redirect:/conferences/" + id + "#agenda";
	}

	@PostMapping("/agenda/{itemId}/duration")
	String changeDuration(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long itemId,
			@RequestParam(required = false) Integer minutes, RedirectAttributes redirect) {
		try {
			if (minutes == null) {
				throw new DomainException("conference.agenda.duration.range");
			}
			this.conferences.changeDuration(user, id, itemId, minutes);
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/conferences/" + id + "#agenda";
	}

	@PostMapping("/agenda/{itemId}/delete")
	String removeItem(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long itemId,
			RedirectAttributes redirect) {
		this.conferences.removeItem(user, id, itemId);
		Flash.success(redirect, "conference.agenda.removed");
		return "redirect:/conferences/" + id + "#agenda";
	}

	// --- invitations ---

	@PostMapping("/invitations")
	String invite(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("invitationForm") InvitationForm form, BindingResult result, RedirectAttributes redirect) {
		this.conferences.details(user, id);
		if (!result.hasErrors()) {
			try {
				this.conferences.invite(user, id, form.organisationId(), form.pointId(), form.quota(),
						form.giftQuota() == null ? 0 : form.giftQuota());
				Flash.success(redirect, "conference.invitation.saved");
				return "redirect:/conferences/" + id + "#invitations";
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex);
			}
		}
		redirect.addFlashAttribute("org.springframework.validation.BindingResult.invitationForm", result);
		redirect.addFlashAttribute("invitationForm", form);
		return "redirect:/conferences/" + id + "#invitation-new";
	}

	@PostMapping("/invitations/{invitationId}")
	String recordReply(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long invitationId,
			@RequestParam Rsvp rsvp, @RequestParam(required = false) Integer confirmed,
			@RequestParam(required = false) Integer checkedIn, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.conferences.recordReply(user, id, invitationId, version, rsvp, confirmed, checkedIn == null ? 0 : checkedIn);
			Flash.success(redirect, "conference.invitation.replySaved");
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/conferences/" + id + "#invitations";
	}

	@PostMapping("/invitations/{invitationId}/delete")
	String removeInvitation(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long invitationId,
			RedirectAttributes redirect) {
		this.conferences.removeInvitation(user, id, invitationId);
		Flash.success(redirect, "conference.invitation.removed");
		return "redirect:/conferences/" + id + "#invitations";
	}

}
