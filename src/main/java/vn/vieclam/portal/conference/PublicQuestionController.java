package vn.vieclam.portal.conference;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.web.PublicFormLimiter;

/** What anyone may open: the form to send a question before a conference, and the published Q&A after it. */
@Controller
class PublicQuestionController {

	static final String FORM = "conference-question";

	private final Questions questions;

	private final Conferences conferences;

	private final PublicFormLimiter limiter;

	private final int questionsPerHour;

	PublicQuestionController(Questions questions, Conferences conferences, PublicFormLimiter limiter,
			@Value("${portal.conference.questions-per-hour:10}") int questionsPerHour) {
		this.questions = questions;
		this.conferences = conferences;
		this.limiter = limiter;
		this.questionsPerHour = questionsPerHour;
	}

	@GetMapping("/conferences/{id}/questions/new")
	String showForm(@PathVariable Long id, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", QuestionForm.empty());
		}
		return page(id, model);
	}

	@PostMapping("/conferences/{id}/questions/new")
	String submit(@PathVariable Long id, @Valid @ModelAttribute("form") QuestionForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Conference conference = this.conferences.find(id);
		if (!this.limiter.tryAcquire(request.getRemoteAddr(), FORM, this.questionsPerHour)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			result.reject("conference.question.tooMany");
			return page(id, model);
		}
		form.check(result, false);
		if (!result.hasErrors()) {
			try {
				this.questions.submit(conference.getId(), form.petitioner(), form.question().strip(), LocalDate.now(Formats.VIETNAM));
				Flash.success(redirect, "conference.question.thanks");
				return "redirect:/conferences/" + id + "/questions/new";
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return page(id, model);
	}

	@GetMapping("/conferences/{id}/qa")
	String showQa(@PathVariable Long id, Model model) {
		model.addAttribute("entries", this.questions.publicQa(id));
		model.addAttribute("conference", summary(this.conferences.find(id)));
		return "conference/qa";
	}

	private String page(Long id, Model model) {
		Conference conference = this.conferences.find(id);
		model.addAttribute("conference", summary(conference));
		model.addAttribute("open", conference.takesQuestionsOn(LocalDate.now(Formats.VIETNAM)));
		model.addAttribute("noticeVersion", Petitioner.NOTICE_VERSION);
		return "conference/ask";
	}

	/** What the public pages say about the conference: its title, day and place only. */
	record Summary(Long id, String title, LocalDate date, java.time.LocalTime startTime, String venue, boolean qaPublished) {
	}

	private static Summary summary(Conference c) {
		ConferenceDetails d = c.details();
		return new Summary(c.getId(), d.title(), d.date(), d.startTime(), d.venue(), c.getQaPublishedAt() != null);
	}

}
