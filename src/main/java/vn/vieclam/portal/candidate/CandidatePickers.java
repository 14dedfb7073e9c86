package vn.vieclam.portal.candidate;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.reference.UnitRef;
import vn.vieclam.portal.shared.Formats;

/** The choices candidate pages offer. */
@Component
class CandidatePickers {

	private final ReferenceData reference;

	CandidatePickers(ReferenceData reference) {
		this.reference = reference;
	}

	/** What the registry's filters need: provinces and the enums (no classification look-ups). */
	void addFiltersTo(Model model) {
		model.addAttribute("provinces", this.reference.provinces(LocalDate.now(Formats.VIETNAM)));
		model.addAttribute("priorityGroupValues", PriorityGroup.values());
		model.addAttribute("statuses", CandidateStatus.values());
	}

	void addTo(Model model) {
		model.addAttribute("provinces", this.reference.provinces(LocalDate.now(Formats.VIETNAM)));
		model.addAttribute("communesByProvince",
				this.reference.communesToday().stream().collect(Collectors.groupingBy(UnitRef::parentId)));
		model.addAttribute("skillLevels", this.reference.skillLevels());
		model.addAttribute("occupations", this.reference.occupations());
		model.addAttribute("genders", CandidateGender.values());
		model.addAttribute("educations", Education.values());
		model.addAttribute("priorityGroupValues", PriorityGroup.values());
		model.addAttribute("statuses", CandidateStatus.values());
		model.addAttribute("counsellingKinds", CounsellingKind.values());
	}

}
