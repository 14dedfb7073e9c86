package vn.vieclam.portal.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
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
import vn.vieclam.portal.account.Role;
import vn.vieclam.portal.reference.OrganisationKind;
import vn.vieclam.portal.reference.OrganisationRef;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;

/**
 * Building a register by hand: a year's register from scratch, its figures corrected, its indicators added and
 * edited. Officials of the lead agency (or its successor) and the portal's operator may; other officials read.
 */
@Controller
@RequestMapping("/indicators")
class RegisterController {

	/** Agencies that lead or co-operate on indicators; enterprises and the operator do not. */
	private static final List<OrganisationKind> AGENCIES = List.of(OrganisationKind.values()).stream()
		.filter(k -> k != OrganisationKind.ENTERPRISE && k != OrganisationKind.OPERATOR).toList();

	private final Indicators indicators;

	private final ReferenceData reference;

	RegisterController(Indicators indicators, ReferenceData reference) {
		this.indicators = indicators;
		this.reference = reference;
	}

	@GetMapping("/new")
	String showNewForm(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("form", RegisterForm.empty());
		return registerPage(user, null, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") RegisterForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Indicators.RegisterCommand command = form.toCommand(result);
		if (user.is(Role.ADMIN) && form.leadOrganisationId() == null) {
			result.rejectValue("leadOrganisationId", "NotNull");
		}
		if (!result.hasErrors()) {
			try {
				Long id = this.indicators.createRegister(user, command);
				Flash.success(redirect, "indicator.register.saved");
				return "redirect:/indicators/" + id;
			}
			catch (DomainException ex) {
				reject(result, ex, "subIndexCode");
			}
		}
		return registerPage(user, null, model);
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		RegisterView register = editable(user, id);
		model.addAttribute("form", RegisterForm.from(register));
		return registerPage(user, register, model);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") RegisterForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		RegisterView register = editable(user, id);
		Indicators.RegisterCommand command = form.toCommand(result);
		if (!result.hasErrors()) {
			try {
				this.indicators.updateRegister(user, id, form.version() == null ? -1 : form.version(),
						command.leadOrganisationId() == null ? command.withLead(register.leadOrganisationId()) : command);
				Flash.success(redirect, "indicator.register.saved");
				return "redirect:/indicators/" + id;
			}
			catch (DomainException ex) {
				reject(result, ex, "subIndexCode");
			}
		}
		return registerPage(user, register, model);
	}

	@GetMapping("/{id}/indicators/new")
	String showNewIndicatorForm(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		RegisterView register = editable(user, id);
		model.addAttribute("form", IndicatorForm.empty());
		return indicatorPage(register, null, model);
	}

	@PostMapping("/{id}/indicators")
	String addIndicator(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") IndicatorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		RegisterView register = editable(user, id);
		Indicators.IndicatorCommand command = form.toCommand(result);
		if (!result.hasErrors()) {
			try {
				this.indicators.addIndicator(user, id, command);
				Flash.success(redirect, "indicator.saved");
				return "redirect:/indicators/" + id + "#indicators";
			}
			catch (DomainException ex) {
				reject(result, ex, "name");
			}
		}
		return indicatorPage(register, null, model);
	}

	@GetMapping("/{id}/indicators/{indicatorId}/edit")
	String showEditIndicatorForm(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@PathVariable Long indicatorId, Model model) {
		Indicators.IndicatorEdit edit = this.indicators.indicatorForEdit(id, indicatorId);
		RegisterView register = editable(user, id);
		model.addAttribute("form", IndicatorForm.from(edit));
		return indicatorPage(register, indicatorId, model);
	}

	@PostMapping("/{id}/indicators/{indicatorId}")
	String updateIndicator(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@PathVariable Long indicatorId, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.indicators.indicatorForEdit(id, indicatorId);
		RegisterView register = editable(user, id);
		Indicators.IndicatorCommand command = form.toCommand(result);
		if (!result.hasErrors()) {
			try {
				this.indicators.updateIndicator(user, id, indicatorId, form.version() == null ? -1 : form.version(),
						command);
				Flash.success(redirect, "indicator.saved");
				return "redirect:/indicators/" + id + "#indicators";
			}
			catch (DomainException ex) {
				reject(result, ex, "name");
			}
		}
		return indicatorPage(register, indicatorId, model);
	}

	/** The register, when the user may change it; a register that does not exist is a 404, someone else's a 403. */
	private RegisterView editable(PortalUser user, Long id) {
		RegisterView register = this.indicators.view(id);
		if (!this.indicators.mayEdit(user, register)) {
			throw new AccessDeniedException("only the lead agency or the operator");
		}
		return register;
	}

	private String registerPage(PortalUser user, RegisterView register, Model model) {
		model.addAttribute("register", register);
		model.addAttribute("directions", Direction.values());
		model.addAttribute("choosesLead", user.is(Role.ADMIN));
		model.addAttribute("organisations", agencies(register == null ? null : register.leadOrganisationId()));
		model.addAttribute("leadName", register != null ? register.leadName()
				: user.organisationId() == null ? null : this.reference.organisation(user.organisationId()).name());
		return "indicator/register-form";
	}

	private String indicatorPage(RegisterView register, Long indicatorId, Model model) {
		model.addAttribute("register", register);
		model.addAttribute("indicatorId", indicatorId);
		model.addAttribute("directions", Direction.values());
		List<Long> current = new ArrayList<>();
		if (model.getAttribute("form") instanceof IndicatorForm form) {
			current.add(form.responsibleId());
			if (form.partnerIds() != null) {
				current.addAll(form.partnerIds());
			}
		}
		model.addAttribute("organisations", agencies(current.toArray(Long[]::new)));
		return "indicator/indicator-form";
	}

	/** Today's agencies, and the ones the record names even if they have since merged (2023's labour department). */
	private List<OrganisationRef> agencies(Long... named) {
		List<OrganisationRef> list = new ArrayList<>(this.reference.activeOrganisations(AGENCIES));
		for (Long id : named) {
			if (id != null && list.stream().noneMatch(o -> o.id().equals(id))) {
				list.add(0, this.reference.organisation(id));
			}
		}
		return list;
	}

	private static void reject(BindingResult result, DomainException ex, String fallback) {
		result.rejectValue(Objects.requireNonNullElse(ex.field(), fallback), ex.messageKey(), ex.arguments(), null);
	}

}
