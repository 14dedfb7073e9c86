package vn.vieclam.portal.jobsession;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.reference.UnitRef;
import vn.vieclam.portal.shared.Formats;

/** Choices that session pages offer: today's provinces and communes, kinds. */
@Component
class JobSessionPickers {

	private final ReferenceData reference;

	JobSessionPickers(ReferenceData reference) {
		this.reference = reference;
	}

	void addTo(Model model) {
		model.addAttribute("provinces", this.reference.provinces(LocalDate.now(Formats.VIETNAM)));
		model.addAttribute("communesByProvince",
				this.reference.communesToday().stream().collect(Collectors.groupingBy(UnitRef::parentId)));
		model.addAttribute("kinds", SessionKind.values());
	}

}
