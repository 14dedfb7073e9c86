package vn.vieclam.portal.candidate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A candidate's details, validated and normalised (phone as digits), as the registry stores them. */
public record CandidateDetails(String fullName, LocalDate birthDate, CandidateGender gender, String nationalId,
		String phone, Long homeProvinceId, Long homeCommuneId, String homeAddress, Education education,
		String skillLevelCode, Long desiredWage, boolean willingToRelocate, LocalDate earliestStart,
		boolean needsHousing, Set<PriorityGroup> priorityGroups, String notes, List<CandidateOccupation> occupations) {

	public CandidateDetails {
		priorityGroups = priorityGroups == null ? Set.of() : Set.copyOf(priorityGroups);
		occupations = occupations == null ? List.of() : List.copyOf(occupations);
	}

}
