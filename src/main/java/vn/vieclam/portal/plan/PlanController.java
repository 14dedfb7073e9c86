package vn.vieclam.portal.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import vn.vieclam.portal.reference.OrganisationKind;
import vn.vieclam.portal.reference.OrganisationRef;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.NotFoundException;

/**
 * Officials read action plans: tasks with their status, the monthly rule's periods, media campaigns; the issuer's
 * officials record and change a plan and its tasks; officials add campaigns (their own organisation's, or any when
 * they edit the plan). A stale edit shows the form again with a 409 and what the user typed.
 */
@Controller
@RequestMapping("/plans")
class PlanController {

	private final Plans plans;

	private final ReferenceData reference;

	PlanController(Plans plans, ReferenceData reference) {
		this.plans = plans;
		this.reference = reference;
	}

	@GetMapping
	String showList(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("plans", this.plans.plans());
		model.addAttribute("mayCreate", user.is(Role.OFFICIAL) || user.is(Role.ADMIN));
		return "plan/list";
	}

	@GetMapping("/new")
	String showNewForm(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("form", PlanForm.empty(user.is(Role.OFFICIAL) ? user.organisationId() : null));
		return planFormPage(null, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") PlanForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Long id = this.plans.create(user, form.toDetails());
				Flash.success(redirect, "plan.saved");
				return "redirect:/plans/" + id;
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field() == null ? "number" : ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return planFormPage(null, model);
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		model.addAttribute("view", this.plans.view(id, LocalDate.now(Formats.VIETNAM)));
		model.addAttribute("editable", this.plans.mayEdit(user, id));
		return "plan/detail";
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		requireEditor(user, id);
		model.addAttribute("form", PlanForm.from(this.plans.find(id)));
		return planFormPage(id, model);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") PlanForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		requireEditor(user, id);
		if (!result.hasErrors()) {
			try {
				this.plans.update(user, id, form.version(), form.toDetails());
				Flash.success(redirect, "plan.saved");
				return "redirect:/plans/" + id;
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field() == null ? "number" : ex.field(), ex.messageKey(), ex.arguments(), null);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				conflict(response, model, "/plans/" + id + "/edit");
			}
		}
		return planFormPage(id, model);
	}

	@GetMapping("/{id}/tasks/new")
	String showNewTaskForm(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		requireEditor(user, id);
		model.addAttribute("form", TaskForm.empty());
		return taskFormPage(id, null, model);
	}

	@PostMapping("/{id}/tasks")
	String addTask(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") TaskForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		requireEditor(user, id);
		if (!result.hasErrors()) {
			form.check(result);
		}
		if (!result.hasErrors()) {
			try {
				this.plans.addTask(user, id, form.toDetails());
				Flash.success(redirect, "task.saved");
				return "redirect:/plans/" + id;
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field() == null ? "title" : ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return taskFormPage(id, null, model);
	}

	@GetMapping("/{id}/tasks/{taskId}/edit")
	String showEditTaskForm(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long taskId,
			Model model) {
		requireEditor(user, id);
		model.addAttribute("form", this.plans.taskForm(id, taskId));
		return taskFormPage(id, taskId, model);
	}

	@PostMapping("/{id}/tasks/{taskId}")
	String updateTask(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long taskId,
			@Valid @ModelAttribute("form") TaskForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		requireEditor(user, id);
		this.plans.task(id, taskId);
		if (!result.hasErrors()) {
			form.check(result);
		}
		if (!result.hasErrors()) {
			try {
				this.plans.updateTask(user, id, taskId, form.version(), form.toDetails());
				Flash.success(redirect, "task.saved");
				return "redirect:/plans/" + id;
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field() == null ? "title" : ex.field(), ex.messageKey(), ex.arguments(), null);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				conflict(response, model, "/plans/" + id + "/tasks/" + taskId + "/edit");
			}
		}
		return taskFormPage(id, taskId, model);
	}

	@GetMapping("/{id}/campaigns/new")
	String showCampaignForm(@PathVariable Long id, @RequestParam(required = false) Long task, Model model) {
		model.addAttribute("form", CampaignForm.empty(task));
		return campaignPage(id, model);
	}

	@PostMapping("/{id}/campaigns")
	String addCampaign(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") CampaignForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.plans.plan(id);
		if (!result.hasErrors()) {
			try {
				this.plans.addCampaign(user, id, form.toDetails());
				Flash.success(redirect, "campaign.saved");
				return "redirect:/plans/" + id;
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field() == null ? "title" : ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return campaignPage(id, model);
	}

	/** Someone saved first: the same form again, answered 409, with what the user typed and a link to the latest. */
	static void conflict(HttpServletResponse response, Model model, String reloadUrl) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("conflictUrl", reloadUrl);
	}

	/** Other officials read the plan but its edit pages answer 404, as for anything they may not change. */
	private void requireEditor(PortalUser user, Long id) {
		if (!this.plans.mayEdit(user, id)) {
			throw new NotFoundException("plan", id);
		}
	}

	private String planFormPage(Long id, Model model) {
		model.addAttribute("plan", id == null ? null : this.plans.plan(id));
		model.addAttribute("organisations", organisations());
		return "plan/form";
	}

	private String taskFormPage(Long id, Long taskId, Model model) {
		model.addAttribute("plan", this.plans.plan(id));
		model.addAttribute("taskId", taskId);
		model.addAttribute("organisations", organisations());
		model.addAttribute("recurrences", Recurrence.values());
		model.addAttribute("countsValues", PeriodCounts.values());
		return "plan/task-form";
	}

	private String campaignPage(Long id, Model model) {
		PlanView view = this.plans.view(id, LocalDate.now(Formats.VIETNAM));
		model.addAttribute("view", view);
		model.addAttribute("channels", Channel.values());
		model.addAttribute("organisations", organisations());
		return "plan/campaign-form";
	}

	private List<OrganisationRef> organisations() {
		List<OrganisationKind> kinds = new ArrayList<>(List.of(OrganisationKind.values()));
		kinds.remove(OrganisationKind.ENTERPRISE);
		kinds.remove(OrganisationKind.OPERATOR);
		return this.reference.activeOrganisations(kinds);
	}

}
