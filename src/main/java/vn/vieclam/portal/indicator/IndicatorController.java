package vn.vieclam.portal.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.plan.EvidenceFiles;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.NotFoundException;

/**
 * The indicator registers: the list, one register with its statuses and reporting rates, and one period's
 * reports — where responsible organisations enter their values and the lead agency reviews them.
 */
@Controller
@RequestMapping("/indicators")
class IndicatorController {

	private final Indicators indicators;

	private final EvidenceFiles files;

	IndicatorController(Indicators indicators, EvidenceFiles files) {
		this.indicators = indicators;
		this.files = files;
	}

	@GetMapping
	String showList(Model model) {
		model.addAttribute("registers", this.indicators.registers());
		return "indicator/list";
	}

	@GetMapping("/{id}")
	String showRegister(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		return registerPage(user, id, model);
	}

	private String registerPage(PortalUser user, Long id, Model model) {
		RegisterView register = this.indicators.view(id);
		model.addAttribute("register", register);
		model.addAttribute("periods", ReportingPeriod.values());
		model.addAttribute("statuses", IndicatorStatus.values());
		model.addAttribute("timeliness", this.indicators.timeliness(id, LocalDate.now(Formats.VIETNAM)));
		model.addAttribute("lead", this.indicators.isLead(user, register));
		model.addAttribute("editor", this.indicators.mayEdit(user, register));
		return "indicator/register";
	}

	@PostMapping("/{id}/copy")
	String copy(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, RedirectAttributes redirect) {
		try {
			Long next = this.indicators.copyToNextYear(user, id);
			Flash.success(redirect, "indicator.copied");
			return "redirect:/indicators/" + next;
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
			return "redirect:/indicators/" + id;
		}
	}

	/** The score and rank VCCI published; a mistake shows beside its field on the register's page, as typed. */
	@PostMapping("/{id}/published")
	String publish(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@RequestParam(defaultValue = "") String publishedScore, @RequestParam(defaultValue = "") String publishedRank,
			@RequestParam long version, Model model, RedirectAttributes redirect) {
		String field = "publishedScore";
		try {
			BigDecimal score = IndicatorText.parse(publishedScore);
			field = "publishedRank";
			Integer rank = publishedRank.isBlank() ? null : Integer.valueOf(publishedRank.strip());
			field = "publishedScore";
			this.indicators.publishScore(user, id, score, rank, version);
			Flash.success(redirect, "indicator.published.saved");
			return "redirect:/indicators/" + id;
		}
		catch (NumberFormatException ex) {
			model.addAttribute("publishedError", Map.of(field, "indicator.published.invalid"));
		}
		catch (DomainException ex) {
			model.addAttribute("publishedError", Map.of(ex.field() == null ? field : ex.field(), ex.messageKey()));
		}
		model.addAttribute("publishedTyped", Map.of("publishedScore", publishedScore, "publishedRank", publishedRank));
		return registerPage(user, id, model);
	}

	@GetMapping("/{id}/periods/{period}")
	String showPeriod(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@PathVariable ReportingPeriod period, @RequestParam(required = false) Long organisation, Model model) {
		periodModel(user, id, period, organisation, model);
		return "indicator/period";
	}

	/** Saves the organisation's values (and evidence); with {@code action=submit} also sends them to the lead. */
	@PostMapping("/{id}/periods/{period}/values")
	String saveValues(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@PathVariable ReportingPeriod period, @RequestParam Long organisation,
			@RequestParam(required = false) Long version, @RequestParam(defaultValue = "save") String action,
			@RequestParam(required = false) MultipartFile evidence, @RequestParam Map<String, String> params,
			Model model, RedirectAttributes redirect) {
		Indicators.PeriodView view = this.indicators.period(id, period);
		if (!this.indicators.actsFor(user, organisation)) {
			throw new NotFoundException("indicator report organisation", organisation);
		}
		Map<Long, Indicators.ValueEntry> entries = new LinkedHashMap<>();
		Map<Long, String> errors = new LinkedHashMap<>();
		for (IndicatorView i : view.indicatorsOf(organisation)) {
			String text = params.getOrDefault("value-" + i.id(), "");
			String comment = params.getOrDefault("comment-" + i.id(), "");
			try {
				entries.put(i.id(), new Indicators.ValueEntry(IndicatorText.parse(text), comment));
			}
			catch (NumberFormatException ex) {
				errors.put(i.id(), "indicator.value.invalid");
			}
		}
		// the same checks as the plan's and delegations' evidence: extension and first bytes agree, size capped
		Indicators.Evidence file = null;
		try {
			file = this.files.check(evidence, "evidence")
				.map(c -> new Indicators.Evidence(c.fileName(), c.type().contentType(), c.content()))
				.orElse(null);
		}
		catch (DomainException ex) {
			model.addAttribute("evidenceError", ex.messageKey());
			model.addAttribute("evidenceErrorArgs", ex.arguments());
		}
		if (!errors.isEmpty() || model.containsAttribute("evidenceError")) {
			return showAgain(user, id, period, organisation, params, errors, null, model);
		}
		try {
			Long reportId = this.indicators.enterValues(user, id, period, organisation, entries, file, version);
			if ("submit".equals(action)) {
				this.indicators.submit(user, reportId);
				Flash.success(redirect, "indicator.report.submitted");
			}
			else {
				Flash.success(redirect, "indicator.report.saved");
			}
		}
		catch (DomainException ex) {
			return showAgain(user, id, period, organisation, params, errors, ex, model);
		}
		return "redirect:/indicators/" + id + "/periods/" + period + "?organisation=" + organisation;
	}

	@PostMapping("/reports/{reportId}/approve")
	String approve(@AuthenticationPrincipal PortalUser user, @PathVariable Long reportId, RedirectAttributes redirect) {
		Indicators.ReportKey key = this.indicators.reportKey(reportId);
		try {
			this.indicators.approve(user, reportId);
			Flash.success(redirect, "indicator.report.approved");
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/indicators/" + key.registerId() + "/periods/" + key.period();
	}

	@PostMapping("/reports/{reportId}/return")
	String returnReport(@AuthenticationPrincipal PortalUser user, @PathVariable Long reportId,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		Indicators.ReportKey key = this.indicators.reportKey(reportId);
		try {
			this.indicators.returnReport(user, reportId, reason);
			Flash.success(redirect, "indicator.report.returned");
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/indicators/" + key.registerId() + "/periods/" + key.period();
	}

	@GetMapping("/reports/{reportId}/evidence")
	ResponseEntity<byte[]> evidence(@PathVariable Long reportId) {
		Indicators.Evidence file = this.indicators.evidence(reportId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}

	@PostMapping("/{id}/periods/{period}/consolidate")
	String consolidate(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@PathVariable ReportingPeriod period, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		try {
			this.indicators.consolidate(user, id, period, note);
			Flash.success(redirect, "indicator.consolidation.sent");
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/indicators/" + id + "/periods/" + period;
	}

	private String showAgain(PortalUser user, Long id, ReportingPeriod period, Long organisation,
			Map<String, String> typed, Map<Long, String> errors, DomainException ex, Model model) {
		periodModel(user, id, period, organisation, model);
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		if (ex != null) {
			model.addAttribute("formError", ex.messageKey());
			model.addAttribute("formErrorArgs", ex.arguments());
		}
		return "indicator/period";
	}

	private void periodModel(PortalUser user, Long id, ReportingPeriod period, Long organisation, Model model) {
		Indicators.PeriodView view = this.indicators.period(id, period);
		List<Long> mine = this.indicators.reportingFor(user, view.register());
		Long entering = organisation != null && mine.contains(organisation) ? organisation
				: mine.isEmpty() ? null : mine.get(0);
		model.addAttribute("view", view);
		model.addAttribute("register", view.register());
		model.addAttribute("period", period);
		model.addAttribute("periods", ReportingPeriod.values());
		model.addAttribute("lead", this.indicators.isLead(user, view.register()));
		model.addAttribute("entering", entering);
		model.addAttribute("myReport", entering == null ? null : view.reportOf(entering).orElse(null));
		model.addAttribute("myIndicators", entering == null ? List.of() : view.indicatorsOf(entering));
		model.addAttribute("typed", Map.of());
		model.addAttribute("errors", Map.of());
	}

}
