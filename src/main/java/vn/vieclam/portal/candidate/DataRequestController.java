package vn.vieclam.portal.candidate;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

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
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.NotFoundException;
import vn.vieclam.portal.shared.SheetWriter;

/** Data-subject requests of the centre's own candidates; anyone else gets "not found". */
@Controller
@RequestMapping("/candidates")
class DataRequestController {

	private final DataRequests requests;

	private final Candidates candidates;

	DataRequestController(DataRequests requests, Candidates candidates) {
		this.requests = requests;
		this.candidates = candidates;
	}

	@GetMapping("/requests")
	String showList(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "") String status,
			@RequestParam(required = false) DataRequestKind kind, @RequestParam(defaultValue = "0") int page,
			Model model) {
		String statusFilter = switch (status) {
			case "OPEN", "COMPLETED", "REFUSED" -> status;
			default -> "";
		};
		model.addAttribute("requests",
				this.requests.list(user, statusFilter, kind, PageRequest.of(Math.max(page, 0), 20)));
		model.addAttribute("status", statusFilter);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", DataRequestKind.values());
		model.addAttribute("today", LocalDate.now(Formats.VIETNAM));
		return "candidate/requests";
	}

	@GetMapping("/{id}/requests/new")
	String showForm(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		model.addAttribute("form", new DataRequestForm());
		return form(user, id, model);
	}

	@PostMapping("/{id}/requests/new")
	String record(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@ModelAttribute("form") DataRequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Long requestId = this.requests.record(user, id, form.getKind(), form.getReceivedOn(),
						form.getChannel(), form.getIdentityCheck(), form.getNote());
				Flash.success(redirect, "datarequest.recorded");
				return "redirect:/candidates/requests/" + requestId;
			}
			catch (DomainException ex) {
				if (ex.field() == null) {
					result.reject(ex.messageKey(), ex.arguments(), null);
				}
				else {
					result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
				}
			}
		}
		return form(user, id, model);
	}

	@GetMapping("/requests/{requestId}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable Long requestId, Model model) {
		model.addAttribute("request", this.requests.get(user, requestId));
		model.addAttribute("today", LocalDate.now(Formats.VIETNAM));
		return "candidate/request";
	}

	@PostMapping("/requests/{requestId}/complete")
	String complete(@AuthenticationPrincipal PortalUser user, @PathVariable Long requestId,
			@RequestParam(defaultValue = "") String outcome, RedirectAttributes redirect) {
		return act(requestId, redirect, "datarequest.completed",
				() -> this.requests.complete(user, requestId, outcome));
	}

	@PostMapping("/requests/{requestId}/refuse")
	String refuse(@AuthenticationPrincipal PortalUser user, @PathVariable Long requestId,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(requestId, redirect, "datarequest.refused", () -> this.requests.refuse(user, requestId, reason));
	}

	/** Everything held about the candidate, for an access request. */
	@GetMapping("/requests/{requestId}/export.xlsx")
	void export(@AuthenticationPrincipal PortalUser user, @PathVariable Long requestId, Locale locale,
			HttpServletResponse response) throws IOException {
		DataRequests.Row request = this.requests.get(user, requestId);
		if (request.kind() != DataRequestKind.ACCESS) {
			throw new NotFoundException("access export", requestId);
		}
		response.setContentType(SheetWriter.CONTENT_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"du-lieu-ca-nhan-" + requestId + ".xlsx\"");
		this.requests.writeAccessExport(user, requestId, locale, response.getOutputStream());
	}

	private String form(PortalUser user, Long id, Model model) {
		CandidateView candidate = this.candidates.view(user, id);
		model.addAttribute("candidate", candidate);
		model.addAttribute("kinds", DataRequestKind.values());
		model.addAttribute("channels", DataRequestChannel.values());
		return "candidate/request-form";
	}

	private String act(Long requestId, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			Flash.success(redirect, success);
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/candidates/requests/" + requestId;
	}

}
