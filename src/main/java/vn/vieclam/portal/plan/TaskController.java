package vn.vieclam.portal.plan;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
import vn.vieclam.portal.reference.OrganisationKind;
import vn.vieclam.portal.reference.OrganisationRef;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.NotFoundException;

/**
 * /tasks: every organisation's tasks and commitments for officials (filtered by organisation, status, plan and
 * month, exported to Excel), a job centre's own; one item with its reports, where its organisation reports.
 */
@Controller
@RequestMapping("/tasks")
class TaskController {

	private static final int PAGE_SIZE = 25;

	private final Tasks tasks;

	private final Plans plans;

	private final ReferenceData reference;

	private final EvidenceFiles evidence;

	TaskController(Tasks tasks, Plans plans, ReferenceData reference, EvidenceFiles evidence) {
		this.tasks = tasks;
		this.plans = plans;
		this.reference = reference;
		this.evidence = evidence;
	}

	@GetMapping
	String showList(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Long org,
			@RequestParam(required = false) ItemStatus status, @RequestParam(required = false) Long plan,
			@RequestParam(required = false) String month, @RequestParam(required = false) ItemKind kind,
			@RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate today = today();
		YearMonth ym = Deadline.parseMonth(month).orElse(null);
		ItemFilter filter = this.tasks.scoped(user, org, status, plan, ym, kind, today);
		model.addAttribute("items", this.tasks.list(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("org", org);
		model.addAttribute("status", status);
		model.addAttribute("plan", plan);
		model.addAttribute("month", ym == null ? "" : ym.toString());
		model.addAttribute("kind", kind);
		model.addAttribute("statuses", ItemStatus.values());
		model.addAttribute("kinds", ItemKind.values());
		model.addAttribute("official", user.is(Role.OFFICIAL));
		if (user.is(Role.OFFICIAL)) {
			model.addAttribute("organisations", organisations());
			model.addAttribute("plans", this.plans.plans());
		}
		return "tasks/list";
	}

	@GetMapping("/export.xlsx")
	void export(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Long org,
			@RequestParam(required = false) ItemStatus status, @RequestParam(required = false) Long plan,
			@RequestParam(required = false) String month, @RequestParam(required = false) ItemKind kind, Locale locale,
			HttpServletResponse response) throws IOException {
		LocalDate today = today();
		ItemFilter filter = this.tasks.scoped(user, org, status, plan, Deadline.parseMonth(month).orElse(null), kind, today);
		response.setContentType(TaskExport.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(TaskExport.fileName(today)).build().toString());
		this.tasks.export(filter, locale, response.getOutputStream());
	}

	@GetMapping("/reminders")
	String showReminders(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("items", this.tasks.reminders(user, today()));
		model.addAttribute("days", Tasks.REMIND_DAYS);
		return "tasks/reminders";
	}

	@GetMapping("/{kind:task|commitment}/{id}")
	String showItem(@AuthenticationPrincipal PortalUser user, @PathVariable String kind, @PathVariable Long id,
			Model model) {
		model.addAttribute("form", ReportForm.empty());
		return itemPage(user, ItemKind.fromPath(kind), id, model);
	}

	@PostMapping("/{kind:task|commitment}/{id}/reports")
	String report(@AuthenticationPrincipal PortalUser user, @PathVariable String kind, @PathVariable Long id,
			@Valid @ModelAttribute("form") ReportForm form, BindingResult result,
			@RequestParam(required = false) List<MultipartFile> files, Model model, RedirectAttributes redirect) {
		ItemKind itemKind = ItemKind.fromPath(kind);
		ItemView view = this.tasks.item(user, itemKind, id, today());
		if (!view.canReport()) {
			throw new NotFoundException(itemKind.name(), id);
		}
		List<EvidenceFiles.Checked> checked = new ArrayList<>();
		boolean filesOk = true;
		try {
			for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
				this.evidence.check(file, "files").ifPresent(checked::add);
			}
		}
		catch (DomainException ex) {
			filesOk = false;
			model.addAttribute("filesError", ex.messageKey());
			model.addAttribute("filesErrorArgs", ex.arguments());
		}
		if (!result.hasErrors() && filesOk) {
			try {
				this.tasks.report(user, itemKind, id, form.text(), form.finished(), checked, today());
				Flash.success(redirect, form.finished() ? "progress.saved.done" : "progress.saved");
				return "redirect:/tasks/" + kind + "/" + id;
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field() == null ? "text" : ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return itemPage(user, itemKind, id, model);
	}

	@GetMapping("/evidence/{id}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal PortalUser user, @PathVariable Long id) {
		Tasks.Download file = this.tasks.evidence(user, id, today());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.header(HttpHeaders.CONTENT_TYPE, file.contentType())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	private String itemPage(PortalUser user, ItemKind kind, Long id, Model model) {
		model.addAttribute("view", this.tasks.item(user, kind, id, today()));
		model.addAttribute("maxSizeMb", this.evidence.maxSize().toMegabytes());
		return "tasks/item";
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
