package vn.vieclam.portal.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.Role;
import vn.vieclam.portal.plan.EvidenceFiles;
import vn.vieclam.portal.plan.Plans;
import vn.vieclam.portal.reference.OrganisationKind;
import vn.vieclam.portal.reference.OrganisationRef;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;

/**
 * Officials plan and follow delegations: the list, the form, one delegation's page with people, documents and notices,
 * its brief. Every official reads them; only the organisers' officials (and the administrator) change one — anyone
 * else's attempt answers 404.
 */
@Controller
@RequestMapping("/delegations")
class DelegationController {

	private final Delegations delegations;

	private final Plans plans;

	private final ReferenceData reference;

	private final EvidenceFiles files;

	DelegationController(Delegations delegations, Plans plans, ReferenceData reference, EvidenceFiles files) {
		this.delegations = delegations;
		this.plans = plans;
		this.reference = reference;
		this.files = files;
	}

	@GetMapping
	String showList(@RequestParam(required = false) DelegationStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("delegations", this.delegations.list(status, PageRequest.of(Math.max(page, 0), 25)));
		model.addAttribute("status", status);
		model.addAttribute("statuses", DelegationStatus.values());
		return "delegation/list";
	}

	@GetMapping("/new")
	String showNewForm(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Long plan, Model model) {
		model.addAttribute("form", DelegationForm.empty(plan, user.is(Role.OFFICIAL) ? user.organisationId() : null));
		return formPage(null, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") DelegationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Long id = this.delegations.create(user, form.toDetails());
				Flash.success(redirect, "delegation.saved");
				return "redirect:/delegations/" + id;
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field() == null ? "leaderName" : ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return formPage(null, model);
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		model.addAttribute("personForm", PersonForm.empty());
		return page(user, id, model);
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		this.delegations.requireOrganiser(user, id);
		DelegationView view = this.delegations.view(id);
		model.addAttribute("form", DelegationForm.from(view));
		return formPage(view, model);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") DelegationForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		this.delegations.requireOrganiser(user, id);
		DelegationView view = this.delegations.view(id);
		if (!result.hasErrors()) {
			try {
				this.delegations.update(user, id, form.version(), form.toDetails());
				Flash.success(redirect, "delegation.saved");
				return "redirect:/delegations/" + id;
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field() == null ? "leaderName" : ex.field(), ex.messageKey(), ex.arguments(), null);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				// Someone saved first: the same form again, answered 409, with what this user typed.
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("conflictUrl", "/delegations/" + id + "/edit");
			}
		}
		return formPage(view, model);
	}

	@PostMapping("/{id}/status")
	String advance(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @RequestParam DelegationStatus status,
			RedirectAttributes redirect) {
		this.delegations.requireOrganiser(user, id);
		try {
			this.delegations.advance(id, status);
			Flash.success(redirect, "delegation.status.changed");
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey());
		}
		return "redirect:/delegations/" + id;
	}

	@PostMapping("/{id}/people")
	String addPerson(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("personForm") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.delegations.requireOrganiser(user, id);
		if (result.hasErrors()) {
			return page(user, id, model);
		}
		this.delegations.addPerson(id, form.toDetails());
		Flash.success(redirect, "delegation.person.added");
		return "redirect:/delegations/" + id + "#people";
	}

	@PostMapping("/{id}/people/{personId}/delete")
	String removePerson(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long personId,
			RedirectAttributes redirect) {
		this.delegations.requireOrganiser(user, id);
		this.delegations.removePerson(id, personId);
		Flash.success(redirect, "delegation.person.removed");
		return "redirect:/delegations/" + id + "#people";
	}

	@PostMapping("/{id}/documents")
	String attach(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@RequestParam(defaultValue = "") String title, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) {
		this.delegations.requireOrganiser(user, id);
		try {
			EvidenceFiles.Checked checked = this.files.check(file, "file")
				.orElseThrow(() -> new DomainException("delegation.document.missing"));
			this.delegations.attach(id, title.isBlank() ? checked.fileName() : title.strip(), checked);
			Flash.success(redirect, "delegation.document.added");
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/delegations/" + id + "#documents";
	}

	@GetMapping("/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long documentId) {
		var file = this.delegations.document(id, documentId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.header(HttpHeaders.CONTENT_TYPE, file.contentType())
			.body(file.content());
	}

	@GetMapping("/{id}/print")
	String print(@PathVariable Long id, Model model) {
		model.addAttribute("d", this.delegations.view(id));
		return "delegation/print";
	}

	private String page(PortalUser user, Long id, Model model) {
		model.addAttribute("d", this.delegations.view(id));
		model.addAttribute("editable", this.delegations.mayEdit(user, id));
		model.addAttribute("organisations", organisations());
		model.addAttribute("sides", PersonSide.values());
		model.addAttribute("roles", MemberRole.values());
		model.addAttribute("maxSizeMb", this.files.maxSize().toMegabytes());
		return "delegation/detail";
	}

	private String formPage(DelegationView view, Model model) {
		model.addAttribute("d", view);
		model.addAttribute("plans", this.plans.plans());
		model.addAttribute("provinces", this.reference.provinces(LocalDate.of(2024, 1, 1)));
		model.addAttribute("organisations", organisations());
		return "delegation/form";
	}

	private List<OrganisationRef> organisations() {
		List<OrganisationKind> kinds = new ArrayList<>(List.of(OrganisationKind.values()));
		kinds.remove(OrganisationKind.OPERATOR);
		return this.reference.activeOrganisations(kinds);
	}

}
