package vn.vieclam.portal.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

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

import vn.vieclam.portal.reference.OrganisationKind;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;
import vn.vieclam.portal.shared.Formats;

/** Officials read action plans: tasks with their status, the monthly rule's periods, media campaigns; they add campaigns. */
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
	String showList(Model model) {
		model.addAttribute("plans", this.plans.plans());
		return "plan/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("view", this.plans.view(id, LocalDate.now(Formats.VIETNAM)));
		return "plan/detail";
	}

	@GetMapping("/{id}/campaigns/new")
	String showCampaignForm(@PathVariable Long id, @RequestParam(required = false) Long task, Model model) {
		model.addAttribute("form", CampaignForm.empty(task));
		return campaignPage(id, model);
	}

	@PostMapping("/{id}/campaigns")
	String addCampaign(@PathVariable Long id, @Valid @ModelAttribute("form") CampaignForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.plans.plan(id);
		if (!result.hasErrors()) {
			try {
				this.plans.addCampaign(id, form.toDetails());
				Flash.success(redirect, "campaign.saved");
				return "redirect:/plans/" + id;
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field() == null ? "title" : ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return campaignPage(id, model);
	}

	private String campaignPage(Long id, Model model) {
		PlanView view = this.plans.view(id, LocalDate.now(Formats.VIETNAM));
		model.addAttribute("view", view);
		model.addAttribute("channels", Channel.values());
		List<OrganisationKind> kinds = new ArrayList<>(List.of(OrganisationKind.values()));
		kinds.remove(OrganisationKind.ENTERPRISE);
		kinds.remove(OrganisationKind.OPERATOR);
		model.addAttribute("organisations", this.reference.activeOrganisations(kinds));
		return "plan/campaign-form";
	}

}
