package vn.vieclam.portal.candidate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A candidate's full record, as its own centre sees it. */
public record CandidateView(Long id, Long centreId, String centreName, String fullName, LocalDate birthDate,
		CandidateGender gender, String nationalId, String phone, Long homeProvinceId, String homeProvinceName,
		Long homeCommuneId, String homeCommuneName, String homeAddress, Education education, String skillLevelCode,
		String skillNameVi, String skillNameEn, Long desiredWage, boolean willingToRelocate, LocalDate earliestStart,
		boolean needsHousing, Set<PriorityGroup> priorityGroups, String notes, CandidateStatus status,
		Instant consentProcessingAt, Instant consentSharingAt, String consentNotice, Instant consentWithdrawnAt,
		Instant erasedAt, String source, Instant createdAt, long version, List<OccupationLine> occupations) {

	public boolean erased() {
		return this.erasedAt != null;
	}

	public boolean sharesWithEmployers() {
		return this.erasedAt == null && this.consentSharingAt != null;
	}

	public String skillName(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.skillNameEn : this.skillNameVi;
	}

	/** An occupation with its names, for pages. */
	public record OccupationLine(String code, String nameVi, String nameEn, int yearsExperience) {

		public String name(java.util.Locale locale) {
			return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameVi;
		}

	}

}
