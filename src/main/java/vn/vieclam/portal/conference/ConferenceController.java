package vn.vieclam.portal.conference;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.plan.Notices;
import vn.vieclam.portal.plan.SourceKind;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.reference.UnitLevel;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.calendar.IcsCalendar;
import vn.vieclam.portal.shared.calendar.IcsEvent;
import vn.vieclam.portal.shared.pdf.PdfRenderer;

/** Officials' conferences: the list, a new conference, its page, its particulars, its printable programme. */
@Controller
@RequestMapping("/conferences")
class ConferenceController {

	private final Conferences conferences;

	private final Questions questions;

	private final ReferenceData reference;

	private final PdfRenderer pdf;

	private final Notices notices;

	ConferenceController(Conferences conferences, Questions questions, ReferenceData reference, PdfRenderer pdf,
			Notices notices) {
		this.notices = notices;
		this.conferences = conferences;
		this.questions = questions;
		this.reference = reference;
		this.pdf = pdf;
	}

	@GetMapping
	String showList(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) ConferenceKind kind,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("conferences", this.conferences.search(q, kind, PageRequest.of(Math.max(page, 0), 20)));
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", ConferenceKind.values());
		return "conference/list";
	}

	@GetMapping("/new")
	String showNewForm(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("form", ConferenceForm.empty(user.organisationId(), LocalDate.now(Formats.VIETNAM).plusDays(14)));
		return formPage(null, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") ConferenceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Long id = this.conferences.create(user, form.toDetails());
				Flash.success(redirect, "conference.saved");
				return "redirect:/conferences/" + id;
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return formPage(null, model);
	}

	@GetMapping("/{id}")
	String showConference(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		ConferenceView conference = this.conferences.view(user, id);
		LocalDate today = LocalDate.now(Formats.VIETNAM);
		model.addAttribute("conference", conference);
		model.addAttribute("invitations", this.conferences.invitations(user, id));
		model.addAttribute("stats", this.questions.stats(id, today));
		model.addAttribute("notices", this.notices.ofSource(SourceKind.CONFERENCE, id, today));
		if (conference.organiser()) {
			if (!model.containsAttribute("agendaForm")) {
				model.addAttribute("agendaForm", AgendaForm.empty());
			}
			if (!model.containsAttribute("invitationForm")) {
				model.addAttribute("invitationForm", InvitationForm.empty());
			}
			model.addAttribute("agendaTypes", AgendaType.values());
			model.addAttribute("rsvps", Rsvp.values());
			model.addAttribute("organisations", this.reference.activeOrganisations());
			model.addAttribute("districts", conference.provinceId() == null ? List.of()
					: this.reference.children(conference.provinceId(), conference.date()).stream()
						.filter(u -> u.level() == UnitLevel.DISTRICT).toList());
		}
		return "conference/detail";
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		ConferenceView conference = this.conferences.view(user, id);
		model.addAttribute("form", ConferenceForm.from(this.conferences.details(user, id), conference.version()));
		return formPage(conference, model);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") ConferenceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.conferences.details(user, id);
		if (!result.hasErrors()) {
			try {
				this.conferences.update(user, id, form.version(), form.toDetails());
				Flash.success(redirect, "conference.saved");
				return "redirect:/conferences/" + id;
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return formPage(this.conferences.view(user, id), model);
	}

	private String formPage(ConferenceView conference, Model model) {
		ConferenceForm form = (ConferenceForm) model.getAttribute("form");
		LocalDate on = form != null && form.date() != null ? form.date() : LocalDate.now(Formats.VIETNAM);
		model.addAttribute("conference", conference);
		model.addAttribute("kinds", ConferenceKind.values());
		model.addAttribute("formats", ConferenceFormat.values());
		model.addAttribute("organisations", this.reference.activeOrganisations());
		model.addAttribute("provinces", this.reference.provinces(on));
		return "conference/form";
	}

	/** The programme on paper: particulars, connection points and the timed items, with Vietnamese letters embedded. */
	@GetMapping("/{id}/programme.pdf")
	ResponseEntity<byte[]> programmePdf(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Locale locale) {
		ConferenceView conference = this.conferences.view(user, id);
		byte[] body = this.pdf.render("conference/programme-pdf", Map.of("conference", conference, "fmt", new Formats()), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("chuong-trinh-hoi-nghi-" + id + ".pdf", StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	/** The programme for calendars: the conference as one event and each item as its own. */
	@GetMapping("/{id}/programme.ics")
	ResponseEntity<String> programmeIcs(@AuthenticationPrincipal PortalUser user, @PathVariable Long id) {
		ConferenceView c = this.conferences.view(user, id);
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/conferences/{id}").buildAndExpand(id).toUriString();
		String location = c.venue();
		IcsCalendar calendar = IcsCalendar.named(c.title());
		ZonedDateTime start = c.date().atTime(c.startTime()).atZone(Formats.VIETNAM);
		calendar.add(new IcsEvent("conference-" + id + "@vieclam.vn", start, start.plusMinutes(Math.max(c.totalMinutes(),
				c.plannedEnd() == null ? 60 : (c.plannedEnd().toSecondOfDay() - c.startTime().toSecondOfDay()) / 60)),
				c.title(), location, c.coChairs(), url));
		for (TimedItem item : c.agenda()) {
			ZonedDateTime itemStart = start.plusMinutes(item.start().toSecondOfDay() / 60 - c.startTime().toSecondOfDay() / 60);
			String who = item.presenter() == null ? item.presenterOrganisation()
					: item.presenterOrganisation() == null ? item.presenter() : item.presenter() + " — " + item.presenterOrganisation();
			calendar.add(new IcsEvent("conference-" + id + "-item-" + item.id() + "@vieclam.vn", itemStart,
					itemStart.plusMinutes(item.durationMinutes()), item.title(), location, who, url));
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("hoi-nghi-" + id + ".ics", StandardCharsets.UTF_8).build().toString())
			.body(calendar.render());
	}

}
