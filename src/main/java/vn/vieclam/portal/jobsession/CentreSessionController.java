package vn.vieclam.portal.jobsession;

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
import vn.vieclam.portal.account.Role;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;
import vn.vieclam.portal.shared.NotFoundException;

/**
 * A job centre's sessions: the host plans them, adds co-hosts and decides on employers; host and co-hosts
 * check workers in, add walk-ins and record their site's outcome. Officials read the same page.
 */
@Controller
class CentreSessionController {

	private final JobSessions sessions;

	private final JobSessionPickers pickers;

	CentreSessionController(JobSessions sessions, JobSessionPickers pickers) {
		this.sessions = sessions;
		this.pickers = pickers;
	}

	@GetMapping("/centre/job-sessions")
	String showMine(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.sessions.ofCentre(user, PageRequest.of(Math.max(page, 0), 20)));
		model.addAttribute("today", JobSessions.today());
		return "jobsession/centre-list";
	}

	@GetMapping("/centre/job-sessions/new")
	String showNew(Model model) {
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", SessionForm.empty(JobSessions.today().plusDays(7)));
		}
		model.addAttribute("kinds", SessionKind.values());
		return "jobsession/form";
	}

	@PostMapping("/centre/job-sessions/new")
	String create(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("sessionForm") SessionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Long id = this.sessions.create(user, form.toDetails());
				Flash.success(redirect, "jobsession.session.created");
				return "redirect:/centre/job-sessions/" + id;
			}
			catch (DomainException ex) {
				PublicSessionController.reject(result, ex);
			}
		}
		return showNew(model);
	}

	@GetMapping("/centre/job-sessions/{id}/edit")
	String showEdit(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		SessionView session = this.sessions.hosted(user, id);
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", SessionForm.from(session));
		}
		model.addAttribute("sessionId", id);
		model.addAttribute("kinds", SessionKind.values());
		return "jobsession/form";
	}

	@PostMapping("/centre/job-sessions/{id}/edit")
	String update(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.sessions.hosted(user, id);
		if (!result.hasErrors()) {
			try {
				this.sessions.update(user, id, form.version(), form.toDetails());
				Flash.success(redirect, "jobsession.session.saved");
				return "redirect:/centre/job-sessions/" + id;
			}
			catch (DomainException ex) {
				PublicSessionController.reject(result, ex);
			}
		}
		return showEdit(user, id, model);
	}

	@GetMapping({ "/centre/job-sessions/{id}", "/official/job-sessions/{id}" })
	String showManage(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		SessionView session = this.sessions.managed(user, id);
		boolean host = session.hostCentreId().equals(user.organisationId());
		boolean centre = user.is(Role.JOB_CENTRE);
		model.addAttribute("s", session);
		model.addAttribute("host", host && centre);
		model.addAttribute("centre", centre);
		model.addAttribute("points", this.sessions.points(id));
		model.addAttribute("registrations", this.sessions.registrations(user, id));
		model.addAttribute("workers", this.sessions.workers(user, id));
		model.addAttribute("outcomes", this.sessions.outcomes(user, id));
		model.addAttribute("schedule", this.sessions.schedule(user, id));
		model.addAttribute("hires", this.sessions.hiresFromSession(id));
		model.addAttribute("today", JobSessions.today());
		model.addAttribute("centres", this.sessions.centres());
		if (!model.containsAttribute("point")) {
			model.addAttribute("point", PointForm.empty());
		}
		if (!model.containsAttribute("cancelForm")) {
			model.addAttribute("cancelForm", CancelForm.of(session));
		}
		if (!model.containsAttribute("walkIn")) {
			model.addAttribute("walkIn", WorkerForm.empty());
		}
		if (!model.containsAttribute("outcome")) {
			model.addAttribute("outcome", OutcomeForm.from(this.sessions.outcomes(user, id).stream()
				.filter(o -> o.centreId().equals(user.organisationId())).findFirst().orElse(null)));
		}
		this.pickers.addTo(model);
		return "jobsession/manage";
	}

	@PostMapping("/centre/job-sessions/{id}/cancel")
	String cancel(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("cancelForm") CancelForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.sessions.hosted(user, id);
		if (!result.hasErrors()) {
			try {
				this.sessions.cancel(user, id, form.version(), form.reason());
				Flash.success(redirect, "jobsession.cancel.done");
				return "redirect:/centre/job-sessions/" + id;
			}
			catch (DomainException ex) {
				PublicSessionController.reject(result, ex);
			}
		}
		model.addAttribute("cancelOpen", true);
		return showManage(user, id, model);
	}

	@PostMapping("/centre/job-sessions/{id}/co-hosts")
	String addCoHost(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("point") PointForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.sessions.hosted(user, id);
		if (!result.hasErrors()) {
			try {
				this.sessions.addCoHost(user, id, form.centreId(), form.toDetails());
				Flash.success(redirect, "jobsession.point.added");
				return "redirect:/centre/job-sessions/" + id + "#points";
			}
			catch (DomainException ex) {
				PublicSessionController.reject(result, ex);
			}
		}
		return showManage(user, id, model);
	}

	@PostMapping("/centre/job-sessions/{id}/co-hosts/{pointId}/remove")
	String removeCoHost(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long pointId,
			RedirectAttributes redirect) {
		this.sessions.removeCoHost(user, id, pointId);
		Flash.success(redirect, "jobsession.point.removed");
		return "redirect:/centre/job-sessions/" + id + "#points";
	}

	@PostMapping("/centre/job-sessions/{id}/my-point")
	String updateOwnPoint(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@RequestParam(defaultValue = "") String address, @RequestParam(defaultValue = "") String videoLink,
			@RequestParam(defaultValue = "") String contact, RedirectAttributes redirect) {
		this.sessions.managed(user, id);
		PointForm form = new PointForm(user.organisationId(), address, videoLink, contact);
		try {
			if (!videoLink.isBlank() && !videoLink.strip().matches("https://\\S+")) {
				throw new DomainException("jobsession.link.invalid");
			}
			this.sessions.updateOwnPoint(user, id, form.toDetails());
			Flash.success(redirect, "jobsession.point.saved");
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/centre/job-sessions/" + id + "#points";
	}

	@PostMapping("/centre/job-sessions/{id}/employers/{registrationId}/approve")
	String approve(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long registrationId,
			@RequestParam(defaultValue = "") String roomLink, RedirectAttributes redirect) {
		return decide(user, id, registrationId, true, roomLink, redirect);
	}

	@PostMapping("/centre/job-sessions/{id}/employers/{registrationId}/reject")
	String reject(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long registrationId,
			RedirectAttributes redirect) {
		return decide(user, id, registrationId, false, "", redirect);
	}

	private String decide(PortalUser user, Long id, Long registrationId, boolean approve, String roomLink,
			RedirectAttributes redirect) {
		try {
			this.sessions.decide(user, id, registrationId, approve, roomLink);
			Flash.success(redirect, approve ? "jobsession.employer.approved" : "jobsession.employer.rejected");
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/centre/job-sessions/" + id + "#employers";
	}

	/** What a scanned QR code opens: the worker behind the code and one button to check them in. */
	@GetMapping("/centre/job-sessions/{id}/check-in")
	String showCheckIn(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@RequestParam(defaultValue = "") String code, Model model) {
		model.addAttribute("worker", this.sessions.workerByCode(user, id, code).orElse(null));
		model.addAttribute("s", this.sessions.managed(user, id));
		model.addAttribute("code", code);
		return "jobsession/check-in";
	}

	@PostMapping("/centre/job-sessions/{id}/check-in")
	String checkInByCode(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
		try {
			String name = this.sessions.checkInByCode(user, id, code);
			Flash.success(redirect, "jobsession.checkIn.done", name);
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/centre/job-sessions/" + id + "#workers";
	}

	@PostMapping("/centre/job-sessions/{id}/workers/{workerId}/check-in")
	String checkIn(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long workerId,
			RedirectAttributes redirect) {
		this.sessions.checkIn(user, id, workerId);
		Flash.success(redirect, "jobsession.checkIn.saved");
		return "redirect:/centre/job-sessions/" + id + "#workers";
	}

	@PostMapping("/centre/job-sessions/{id}/workers/{workerId}/cancel")
	String cancelWorker(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long workerId,
			RedirectAttributes redirect) {
		this.sessions.cancelWorker(user, id, workerId);
		Flash.success(redirect, "jobsession.worker.cancelled");
		return "redirect:/centre/job-sessions/" + id + "#workers";
	}

	@GetMapping("/centre/job-sessions/{id}/workers/new")
	String showRegisterWorker(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@RequestParam(defaultValue = "") String q, Model model) {
		SessionView session = this.sessions.managed(user, id);
		if (!user.is(Role.JOB_CENTRE)) {
			throw new NotFoundException("job session", id);
		}
		if (!model.containsAttribute("registration")) {
			model.addAttribute("registration", CentreWorkerForm.empty(q));
		}
		String search = ((CentreWorkerForm) model.getAttribute("registration")).q();
		model.addAttribute("s", session);
		model.addAttribute("today", JobSessions.today());
		model.addAttribute("candidates", this.sessions.ownCandidates(user, search, PageRequest.of(0, 10)));
		model.addAttribute("vacancies", this.sessions.sessionVacancies(id));
		this.pickers.addTo(model);
		return "jobsession/register-worker";
	}

	@PostMapping("/centre/job-sessions/{id}/workers")
	String registerWorker(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("registration") CentreWorkerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.sessions.managed(user, id);
		form.check(result);
		if (!result.hasErrors()) {
			try {
				String code = this.sessions.registerForCentre(user, id, form.candidateId(),
						form.typed() ? form.toWorker() : new WorkerForm(null, null, null, null, null, form.vacancyIds(), true));
				Flash.success(redirect, "jobsession.worker.centre.registered", code);
				redirect.addFlashAttribute("registrationCode", code);
				return "redirect:/centre/job-sessions/" + id + "#workers";
			}
			catch (DomainException ex) {
				PublicSessionController.reject(result, ex);
			}
		}
		return showRegisterWorker(user, id, form.q() == null ? "" : form.q(), model);
	}

	@PostMapping("/centre/job-sessions/{id}/walk-ins")
	String walkIn(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("walkIn") WorkerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.sessions.managed(user, id);
		if (!result.hasErrors()) {
			try {
				String code = this.sessions.walkIn(user, id, form);
				Flash.success(redirect, "jobsession.walkIn.added", code);
				return "redirect:/centre/job-sessions/" + id + "#workers";
			}
			catch (DomainException ex) {
				PublicSessionController.reject(result, ex);
			}
		}
		model.addAttribute("walkInOpen", true);
		return showManage(user, id, model);
	}

	@PostMapping("/centre/job-sessions/{id}/outcome")
	String recordOutcome(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("outcome") OutcomeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.sessions.managed(user, id);
		if (!result.hasErrors()) {
			try {
				this.sessions.recordOutcome(user, id, form.toOutcome(), form.version());
				Flash.success(redirect, "jobsession.outcome.saved");
				return "redirect:/centre/job-sessions/" + id + "#outcomes";
			}
			catch (DomainException ex) {
				PublicSessionController.reject(result, ex);
			}
		}
		return showManage(user, id, model);
	}

}
