package vn.vieclam.portal.candidate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One row's values as the registry will take them (null where the row had nothing, or an error), kept as JSON
 * between the preview and the commit. Province and commune names are kept for the preview only.
 */
record ImportValues(String fullName, LocalDate birthDate, CandidateGender gender, String nationalId, String phone,
		Long provinceId, String provinceName, Long communeId, String communeName, String address, String skillLevelCode,
		List<String> occupations, Long desiredWage, List<PriorityGroup> priorityGroups) {

	ImportValues {
		occupations = occupations == null ? List.of() : List.copyOf(occupations);
		priorityGroups = priorityGroups == null ? List.of() : List.copyOf(priorityGroups);
	}

	/**
	 * What the registry stores. The file says nothing of education, start date, housing or relocation: those take
	 * the registry form's defaults (willing to relocate, as the people on a centre's list usually are).
	 */
	CandidateDetails toDetails() {
		return new CandidateDetails(this.fullName, this.birthDate, this.gender, this.nationalId, this.phone,
				this.provinceId, this.communeId, this.address, null, this.skillLevelCode, this.desiredWage, true, null,
				false, Set.copyOf(this.priorityGroups), null,
				this.occupations.stream().map(code -> new CandidateOccupation(code, 0)).toList());
	}

}
