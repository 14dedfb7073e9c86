package vn.vieclam.portal.conference;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.Text;

/**
 * Questions behind the scenes: the organisers' list and moderation (route, reject, merge, approve, return,
 * publish), staff entering questions, and the answering department's work list and answer.
 */
@Controller
class QuestionController {

	private final Questions questions;

	private final Conferences conferences;

	private final ReferenceData reference;

	QuestionController(Questions questions, Conferences conferences, ReferenceData reference) {
		this.questions = questions;
		this.conferences = conferences;
		this.reference = reference;
	}

	@GetMapping("/conferences/{id}/questions")
	String showList(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@RequestParam(defaultValue = "OPEN") String status, Model model) {
		LocalDate today = LocalDate.now(Formats.VIETNAM);
		String filter = status.equals("ALL") ? "" : status;
		model.addAttribute("questions", this.questions.list(user, id, filter, today));
		model.addAttribute("conference", this.conferences.view(user, id));
		model.addAttribute("stats", this.questions.stats(id, today));
		model.addAttribute("status", status);
		model.addAttribute("today", today);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", QuestionForm.empty());
		}
		return "conference/questions";
	}

	/** Union staff type in a question they collected; nothing typed is lost when something is missing. */
	@PostMapping("/conferences/{id}/questions")
	String enter(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @Valid @ModelAttribute("form") QuestionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.conferences.details(user, id);
		form.check(result, true);
		if (result.hasErrors()) {
			return showList(user, id, "OPEN", model);
		}
		Long questionId = this.questions.enter(user, id, form.petitioner(), form.question().strip());
		Flash.success(redirect, "conference.question.entered");
		return "redirect:/conferences/" + id + "/questions/" + questionId;
	}

	@GetMapping("/conferences/{id}/questions/{questionId}")
	String showQuestion(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long questionId,
			Model model) {
		QuestionView question = this.questions.view(user, id, questionId);
		boolean organiser = this.questions.organises(user, id);
		model.addAttribute("question", question);
		model.addAttribute("conference", this.conferences.view(user, id));
		model.addAttribute("organiser", organiser);
		model.addAttribute("department", user.organisationId().equals(question.departmentId()));
		model.addAttribute("today", LocalDate.now(Formats.VIETNAM));
		if (organiser) {
			model.addAttribute("topics", QuestionTopic.values());
			model.addAttribute("departments", this.reference.activeOrganisations());
			model.addAttribute("others", this.questions.list(user, id, "", LocalDate.now(Formats.VIETNAM)).stream()
				.filter(q -> !q.id().equals(questionId) && q.status() != QuestionStatus.MERGED && q.status() != QuestionStatus.REJECTED)
				.toList());
			ConferenceView conference = (ConferenceView) model.getAttribute("conference");
			model.addAttribute("defaultDue", question.answerDueOn() != null ? question.answerDueOn()
					: Questions.defaultDueOn(conference.date(), LocalDate.now(Formats.VIETNAM)));
		}
		return "conference/question";
	}

	@PostMapping("/conferences/{id}/questions/{questionId}/route")
	String route(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long questionId,
			@RequestParam(required = false) QuestionTopic topic, @RequestParam(required = false) Long departmentId,
			@RequestParam(required = false) LocalDate dueOn, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, questionId, redirect, "conference.question.routed", () -> {
			if (topic == null || departmentId == null) {
				throw new DomainException("conference.question.routeIncomplete");
			}
			this.questions.route(user, id, questionId, version, topic, departmentId, dueOn);
		});
	}

	@PostMapping("/conferences/{id}/questions/{questionId}/reject")
	String reject(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long questionId,
			@RequestParam(required = false) String reason, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, questionId, redirect, "conference.question.rejected", () -> {
			if (Text.blankToNull(reason) == null) {
				throw new DomainException("conference.question.reason.required");
			}
			this.questions.reject(user, id, questionId, version, reason.strip());
		});
	}

	@PostMapping("/conferences/{id}/questions/{questionId}/merge")
	String merge(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long questionId,
			@RequestParam(required = false) Long intoId, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, questionId, redirect, "conference.question.merged", () -> {
			if (intoId == null) {
				throw new DomainException("conference.question.mergeTarget");
			}
			this.questions.merge(user, id, questionId, version, intoId);
		});
	}

	@PostMapping("/conferences/{id}/questions/{questionId}/answer")
	String answer(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long questionId,
			@RequestParam(required = false) String answer, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, questionId, redirect, "conference.question.answered", () -> {
			if (Text.blankToNull(answer) == null || answer.length() > 8000) {
				redirect.addFlashAttribute("draftAnswer", answer);
				throw new DomainException("conference.question.answer.required");
			}
			this.questions.answer(user, id, questionId, version, answer.strip());
		});
	}

	@PostMapping("/conferences/{id}/questions/{questionId}/approve")
	String approve(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long questionId,
			@RequestParam long version, RedirectAttributes redirect) {
		return act(id, questionId, redirect, "conference.question.approved",
				() -> this.questions.approve(user, id, questionId, version));
	}

	@PostMapping("/conferences/{id}/questions/{questionId}/return")
	String returnToDepartment(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @PathVariable Long questionId,
			@RequestParam(required = false) String note, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, questionId, redirect, "conference.question.returned", () -> {
			if (Text.blankToNull(note) == null) {
				throw new DomainException("conference.question.note.required");
			}
			this.questions.returnToDepartment(user, id, questionId, version, note.strip());
		});
	}

	@PostMapping("/conferences/{id}/qa/publish")
	String publish(@AuthenticationPrincipal PortalUser user, @PathVariable Long id,
			@RequestParam(defaultValue = "true") boolean published, RedirectAttributes redirect) {
		this.questions.publish(user, id, published);
		Flash.success(redirect, published ? "conference.qa.published" : "conference.qa.unpublished");
		return "redirect:/conferences/" + id + "/questions";
	}

	/** The department's work: questions routed to it, with their deadlines. */
	@GetMapping("/conferences/assigned")
	String showAssigned(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("questions", this.questions.assigned(user));
		model.addAttribute("today", LocalDate.now(Formats.VIETNAM));
		return "conference/assigned";
	}

	private String act(Long id, Long questionId, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			Flash.success(redirect, success);
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/conferences/" + id + "/questions/" + questionId;
	}

}
