package vn.vieclam.portal.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import vn.vieclam.portal.reference.OrganisationKind;
import vn.vieclam.portal.reference.OrganisationRef;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.NotFoundException;

/**
 * The source's organisers record a conclusion notice for it; the issuing body and the source's organisers add its
 * commitments; other officials read (their attempts to change answer 404). Officials record a notice for any source ({@code /notices/new?source=DELEGATION&sourceId=5}) and its
 * commitments one by one on the notice's page.
 */
@Controller
@RequestMapping("/notices")
class NoticeController {

	private final Notices notices;

	private final ReferenceData reference;

	NoticeController(Notices notices, ReferenceData reference) {
		this.notices = notices;
		this.reference = reference;
	}

	@GetMapping("/new")
	String showNewForm(@AuthenticationPrincipal PortalUser user, @RequestParam SourceKind source,
			@RequestParam(required = false) Long sourceId, Model model) {
		this.notices.sourceTitle(source, sourceId);
		if (!this.notices.mayRecord(user, source, sourceId)) {
			throw new NotFoundException(source.name(), sourceId);
		}
		model.addAttribute("form", NoticeForm.empty(source, sourceId));
		return formPage(source, sourceId, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") NoticeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (form.source() != null) {
			this.notices.sourceTitle(form.source(), form.sourceId());
			if (!this.notices.mayRecord(user, form.source(), form.sourceId())) {
				throw new NotFoundException(form.source().name(), form.sourceId());
			}
		}
		if (!result.hasErrors()) {
			try {
				Long id = this.notices.record(user, form.source(), form.sourceId(), form.toDetails());
				Flash.success(redirect, "notice.saved");
				return "redirect:/notices/" + id;
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field() == null ? "number" : ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return formPage(form.source(), form.sourceId(), model);
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		model.addAttribute("form", CommitmentForm.empty());
		return page(user, id, model);
	}

	@PostMapping("/{id}/commitments")
	String addCommitment(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") CommitmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!this.notices.mayEdit(user, id)) {
			throw new NotFoundException("notice", id);
		}
		if (!result.hasErrors()) {
			try {
				this.notices.addCommitment(user, id, form.toDetails());
				Flash.success(redirect, "commitment.saved");
				return "redirect:/notices/" + id;
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field() == null ? "action" : ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return page(user, id, model);
	}

	private String page(PortalUser user, Long id, Model model) {
		model.addAttribute("notice", this.notices.view(id, today()));
		model.addAttribute("editable", this.notices.mayEdit(user, id));
		model.addAttribute("organisations", organisations());
		return "notice/detail";
	}

	private String formPage(SourceKind source, Long sourceId, Model model) {
		model.addAttribute("sourceTitle", source == null ? null : this.notices.sourceTitle(source, sourceId));
		model.addAttribute("sourceLink", source == null ? null : source.link(sourceId));
		model.addAttribute("organisations", organisations());
		return "notice/form";
	}

	private List<OrganisationRef> organisations() {
		List<OrganisationKind> kinds = new ArrayList<>(List.of(OrganisationKind.values()));
		kinds.remove(OrganisationKind.ENTERPRISE);
		kinds.remove(OrganisationKind.OPERATOR);
		return this.reference.activeOrganisations(kinds);
	}

	private static LocalDate today() {
		return LocalDate.now(Formats.VIETNAM);
	}

}
