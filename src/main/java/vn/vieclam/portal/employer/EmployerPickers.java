package vn.vieclam.portal.employer;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.reference.UnitRef;
import vn.vieclam.portal.shared.Formats;

/** The choices an employer form offers: sectors, today's provinces and communes, industrial zones. */
@Component
class EmployerPickers {

	private final ReferenceData reference;

	EmployerPickers(ReferenceData reference) {
		this.reference = reference;
	}

	void addTo(Model model) {
		model.addAttribute("sectors", this.reference.sectors());
		model.addAttribute("provinces", this.reference.provinces(LocalDate.now(Formats.VIETNAM)));
		model.addAttribute("communesByProvince", this.reference.communesToday().stream()
			.collect(java.util.stream.Collectors.groupingBy(UnitRef::parentId)));
		model.addAttribute("zones", this.reference.industrialZones());
	}

}
