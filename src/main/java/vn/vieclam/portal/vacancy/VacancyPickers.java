package vn.vieclam.portal.vacancy;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.reference.UnitRef;
import vn.vieclam.portal.shared.Formats;

/** The choices vacancy pages offer: occupations, skill levels, today's provinces and communes, enums. */
@Component
class VacancyPickers {

	private final ReferenceData reference;

	VacancyPickers(ReferenceData reference) {
		this.reference = reference;
	}

	void addTo(Model model) {
		model.addAttribute("occupations", this.reference.occupations());
		model.addAttribute("skillLevels", this.reference.skillLevels());
		model.addAttribute("provinces", this.reference.provinces(LocalDate.now(Formats.VIETNAM)));
		model.addAttribute("communesByProvince",
				this.reference.communesToday().stream().collect(Collectors.groupingBy(UnitRef::parentId)));
		model.addAttribute("terms", Term.values());
		model.addAttribute("housings", Housing.values());
		model.addAttribute("genders", Gender.values());
	}

}
