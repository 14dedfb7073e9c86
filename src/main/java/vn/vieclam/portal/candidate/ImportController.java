package vn.vieclam.portal.candidate;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.reference.CodeName;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;

/**
 * A job centre imports a list of candidates from a spreadsheet: upload, map the columns, preview every row,
 * commit (or import only the valid rows), and undo a whole import. Every step is its own page; every change
 * is a POST that redirects.
 */
@Controller
@RequestMapping("/candidates/import")
class ImportController {

	private static final int BATCHES_PER_PAGE = 20;

	private static final int ROWS_PER_PAGE = 50;

	private final Imports imports;

	private final ImportTemplate template;

	private final ReferenceData reference;

	ImportController(Imports imports, ImportTemplate template, ReferenceData reference) {
		this.imports = imports;
		this.template = template;
		this.reference = reference;
	}

	@GetMapping
	String showImports(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") int page,
			Model model) {
		ImportUploadForm form = ImportUploadForm.empty();
		model.addAttribute("form", form);
		if (model.containsAttribute("uploadTooLarge")) {
			// Back from an upload the servlet refused as too large (shared UploadLimits): the import's own,
			// smaller limit goes beside the file field instead of the general alert.
			BindingResult result = new DataBinder(form, "form").getBindingResult();
			result.rejectValue("file", "import.file.tooLarge", new Object[] { ImportFile.MAX_BYTES / 1024 / 1024 }, null);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
			model.asMap().remove("flashError");
		}
		return index(user, page, model);
	}

	/** Reads the file first; a file that is refused is not kept, and the message shows beside the file field. */
	@PostMapping
	String upload(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") ImportUploadForm form,
			BindingResult result, Model model) {
		this.imports.centreOf(user);
		if (!form.consentProcessing()) {
			result.rejectValue("consentProcessing", "import.consent.required");
		}
		ImportFile.Table table = null;
		if (form.file() == null || form.file().isEmpty()) {
			result.rejectValue("file", "import.file.required");
		}
		else if (form.file().getSize() > ImportFile.MAX_BYTES) {
			result.rejectValue("file", "import.file.tooLarge", new Object[] { ImportFile.MAX_BYTES / 1024 / 1024 }, null);
		}
		else {
			try {
				table = ImportFile.read(form.fileName(), form.file().getBytes());
			}
			catch (DomainException ex) {
				result.rejectValue("file", ex.messageKey(), ex.arguments(), null);
			}
			catch (IOException ex) {
				result.rejectValue("file", "import.file.unreadable");
			}
		}
		if (result.hasErrors()) {
			return index(user, 0, model);
		}
		Long id = this.imports.upload(user, form.fileName(), table, form.consentSharing());
		return "redirect:/candidates/import/" + id + "/mapping";
	}

	@GetMapping("/template.xlsx")
	void downloadTemplate(@AuthenticationPrincipal PortalUser user, HttpServletResponse response) throws IOException {
		this.imports.centreOf(user);
		response.setContentType(ImportTemplate.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(ImportTemplate.FILE_NAME).build().toString());
		this.template.write(response.getOutputStream());
	}

	@GetMapping("/{id}/mapping")
	String showMapping(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		Imports.MappingPage page = this.imports.mapping(user, id);
		if (!page.batch().mappable()) {
			return "redirect:/candidates/import/" + id;
		}
		return mappingPage(page, page.selected(), Map.of(), model);
	}

	/** One select per field, named after it, whose value is a column index ("" for none). */
	@PostMapping("/{id}/mapping")
	String map(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		Imports.MappingPage page = this.imports.mapping(user, id);
		Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
		for (ImportField field : ImportField.values()) {
			String value = params.getOrDefault(field.name(), "");
			if (value.matches("\\d{1,3}")) {
				mapping.put(field, Integer.valueOf(value));
			}
		}
		Map<ImportField, String> problems = Imports.mappingProblems(page.batch(), mapping);
		if (!problems.isEmpty()) {
			return mappingPage(page, mapping, problems, model);
		}
		try {
			this.imports.applyMapping(user, id, mapping);
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/candidates/import/" + id;
	}

	@GetMapping("/{id}")
	String showBatch(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@RequestParam(defaultValue = "ALL") ImportRowFilter show, @RequestParam(defaultValue = "0") int page,
			Model model) {
		ImportBatch batch = this.imports.batch(user, id);
		if (batch.status() == ImportStatus.UPLOADED) {
			return "redirect:/candidates/import/" + id + "/mapping";
		}
		model.addAttribute("batch", batch);
		model.addAttribute("show", show);
		model.addAttribute("filters", ImportRowFilter.values());
		if (batch.previewed()) {
			model.addAttribute("rows",
					this.imports.rows(user, id, show, PageRequest.of(Math.max(page, 0), ROWS_PER_PAGE)));
			Map<String, CodeName> skills = new HashMap<>();
			this.reference.skillLevels().forEach(level -> skills.put(level.code(), level));
			model.addAttribute("skills", skills);
		}
		return "candidate/import/batch";
	}

	@PostMapping("/{id}/commit")
	String commit(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@RequestParam(defaultValue = "false") boolean validOnly, RedirectAttributes redirect) {
		try {
			int imported = this.imports.commit(user, id, validOnly);
			Flash.success(redirect, "import.committed", imported);
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/candidates/import/" + id;
	}

	@PostMapping("/{id}/undo")
	String undo(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, RedirectAttributes redirect) {
		try {
			int removed = this.imports.undo(user, id);
			Flash.success(redirect, "import.undone", removed);
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		catch (DataIntegrityViolationException ex) {
			// Another module holds on to one of the candidates (a referral, say): nothing was removed.
			Flash.error(redirect, "import.undo.inUse");
		}
		return "redirect:/candidates/import/" + id;
	}

	@PostMapping("/{id}/discard")
	String discard(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, RedirectAttributes redirect) {
		try {
			this.imports.discard(user, id);
			Flash.success(redirect, "import.discarded");
			return "redirect:/candidates/import";
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
			return "redirect:/candidates/import/" + id;
		}
	}

	private String index(PortalUser user, int page, Model model) {
		Page<ImportBatch> batches = this.imports.batches(user, PageRequest.of(Math.max(page, 0), BATCHES_PER_PAGE));
		model.addAttribute("batches", batches);
		model.addAttribute("maxMegabytes", ImportFile.MAX_BYTES / 1024 / 1024);
		model.addAttribute("maxRows", ImportFile.MAX_ROWS);
		model.addAttribute("notice", Consent.CURRENT_NOTICE);
		return "candidate/import/index";
	}

	private String mappingPage(Imports.MappingPage page, Map<ImportField, Integer> selected,
			Map<ImportField, String> problems, Model model) {
		Map<String, Integer> chosen = new HashMap<>();
		selected.forEach((field, column) -> chosen.put(field.name(), column));
		Map<String, String> errors = new HashMap<>();
		problems.forEach((field, key) -> errors.put(field.name(), key));
		model.addAttribute("batch", page.batch());
		model.addAttribute("fields", ImportField.values());
		model.addAttribute("selected", chosen);
		model.addAttribute("errors", errors);
		model.addAttribute("samples", page.samples());
		return "candidate/import/mapping";
	}

}
