package vn.vieclam.portal.jobsession;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;
import vn.vieclam.portal.shared.NotFoundException;
import vn.vieclam.portal.shared.web.PublicFormLimiter;

/**
 * The public list and page of job sessions, the calendar file, workers' pre-registration (so many per client
 * address and hour) and the QR code of a registration.
 */
@Controller
class PublicSessionController {

	static final String REGISTRATION_FORM = "job-session-registration";

	private final JobSessions sessions;

	private final JobSessionPickers pickers;

	private final PublicFormLimiter limiter;

	private final int registrationsPerHour;

	PublicSessionController(JobSessions sessions, JobSessionPickers pickers, PublicFormLimiter limiter,
			@Value("${portal.jobsession.registrations-per-hour:20}") int registrationsPerHour) {
		this.sessions = sessions;
		this.pickers = pickers;
		this.limiter = limiter;
		this.registrationsPerHour = registrationsPerHour;
	}

	@GetMapping("/job-sessions")
	String showList(@RequestParam(required = false) Long province, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String month, @RequestParam(defaultValue = "0") int page, Model model) {
		SessionFilter filter = new SessionFilter(province, kind(kind), month(month));
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.sessions.list(filter, PageRequest.of(Math.max(page, 0), 20)));
		model.addAttribute("today", JobSessions.today());
		YearMonth now = YearMonth.from(JobSessions.today());
		model.addAttribute("months", IntStream.rangeClosed(-6, 12).mapToObj(i -> now.minusMonths(i)).toList());
		this.pickers.addTo(model);
		return "jobsession/list";
	}

	@GetMapping("/job-sessions/{id}")
	String showSession(@PathVariable Long id, Model model) {
		model.addAttribute("detail", this.sessions.detail(id));
		model.addAttribute("vacancies", this.sessions.sessionVacancies(id));
		model.addAttribute("today", JobSessions.today());
		if (!model.containsAttribute("worker")) {
			model.addAttribute("worker", WorkerForm.empty());
		}
		this.pickers.addTo(model);
		return "jobsession/detail";
	}

	@GetMapping("/job-sessions/{id}/calendar.ics")
	ResponseEntity<byte[]> downloadCalendar(@PathVariable Long id, HttpServletRequest request) {
		String page = ServletUriComponentsBuilder.fromContextPath(request).path("/job-sessions/{id}").buildAndExpand(id)
			.toUriString();
		byte[] body = this.sessions.calendar(id, page).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("phien-giao-dich-" + id + ".ics").build().toString())
			.body(body);
	}

	/**
	 * The QR code of a registration code: it opens the host's check-in page for that code. Drawn from the code
	 * alone (nothing is looked up), so the address reveals no one's data and tells no one whether the code exists.
	 */
	@GetMapping("/job-sessions/{id}/check-in-qr/{code}.png")
	ResponseEntity<byte[]> showQr(@PathVariable Long id, @PathVariable String code, HttpServletRequest request) {
		if (!CheckInQr.CODE.matcher(code).matches()) {
			throw new NotFoundException("registration code", code);
		}
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
			.body(CheckInQr.png(CheckInQr.checkInUrl(base, id, code)));
	}

	@PostMapping("/job-sessions/{id}/register")
	String preRegister(@PathVariable Long id, @Valid @ModelAttribute("worker") WorkerForm form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!this.limiter.tryAcquire(request.getRemoteAddr(), REGISTRATION_FORM, this.registrationsPerHour)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			result.reject("jobsession.worker.tooMany");
			return showSession(id, model);
		}
		if (!result.hasErrors()) {
			try {
				String code = this.sessions.preRegister(id, form);
				Flash.success(redirect, "jobsession.worker.registered", code);
				redirect.addFlashAttribute("registrationCode", code);
				return "redirect:/job-sessions/" + id + "#register";
			}
			catch (DomainException ex) {
				reject(result, ex);
			}
		}
		return showSession(id, model);
	}

	static void reject(BindingResult result, DomainException ex) {
		if (ex.field() != null) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
		}
		else {
			result.reject(ex.messageKey(), ex.arguments(), null);
		}
	}

	private static SessionKind kind(String kind) {
		try {
			return kind == null || kind.isBlank() ? null : SessionKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static YearMonth month(String month) {
		try {
			return month == null || month.isBlank() ? null : YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static List<Integer> years() {
		int thisYear = JobSessions.today().getYear();
		return IntStream.rangeClosed(0, 4).mapToObj(i -> thisYear + 1 - i).toList();
	}

}
