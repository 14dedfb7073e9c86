package vn.vieclam.portal.candidate;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a centre's registry. */
public record CandidateRow(Long id, String fullName, LocalDate birthDate, String phone, String homeProvinceName,
		String skillNameVi, String skillNameEn, CandidateStatus status, boolean sharing, boolean erased,
		Instant createdAt) {

	public String skillName(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.skillNameEn : this.skillNameVi;
	}

}
