package vn.vieclam.portal.vacancy;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;

/** The public job board: no sign-in, made for phones. */
@Controller
class BoardController {

	private final Vacancies vacancies;

	private final VacancyPickers pickers;

	BoardController(Vacancies vacancies, VacancyPickers pickers) {
		this.vacancies = vacancies;
		this.pickers = pickers;
	}

	@GetMapping("/vacancies")
	String showBoard(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long province,
			@RequestParam(defaultValue = "") String occupation, @RequestParam(defaultValue = "") String skillLevel,
			@RequestParam(defaultValue = "false") boolean housing, @RequestParam(required = false) Long wageMin,
			@RequestParam(defaultValue = "newest") String sort, @RequestParam(defaultValue = "0") int page, Model model) {
		BoardQuery query = new BoardQuery(q, province, occupation, skillLevel, housing, wageMin, sort, page);
		model.addAttribute("query", query);
		model.addAttribute("board", this.vacancies.board(query));
		this.pickers.addTo(model);
		return "vacancy/board";
	}

	@GetMapping("/vacancies/{id}")
	String showVacancy(@PathVariable Long id, Model model) {
		model.addAttribute("vacancy", this.vacancies.published(id));
		if (!model.containsAttribute("interest")) {
			model.addAttribute("interest", InterestForm.empty());
		}
		this.pickers.addTo(model);
		return "vacancy/detail";
	}

	@GetMapping("/vacancies/{id}/print")
	String showPrintView(@PathVariable Long id, Model model) {
		model.addAttribute("vacancy", this.vacancies.published(id));
		return "vacancy/print";
	}

	@PostMapping("/vacancies/{id}/interest")
	String expressInterest(@PathVariable Long id, @Valid @ModelAttribute("interest") InterestForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.vacancies.expressInterest(id, form);
				Flash.success(redirect, "interest.sent");
				return "redirect:/vacancies/" + id + "#interest";
			}
			catch (DomainException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return showVacancy(id, model);
	}

}
