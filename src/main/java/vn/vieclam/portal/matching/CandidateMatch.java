package vn.vieclam.portal.matching;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

import vn.vieclam.portal.candidate.CandidateStatus;
import vn.vieclam.portal.shared.Formats;

/** One of the centre's candidates ranked for a vacancy, with the points that make its score. */
public record CandidateMatch(Long candidateId, String fullName, LocalDate birthDate, String homeProvinceName,
		String skillNameVi, String skillNameEn, CandidateStatus status, boolean sharing, Long referralId,
		MatchPoints points, MatchFacts facts) {

	public int score() {
		return this.points.total();
	}

	public boolean referred() {
		return this.referralId != null;
	}

	public Integer age() {
		return this.birthDate == null ? null : Period.between(this.birthDate, LocalDate.now(Formats.VIETNAM)).getYears();
	}

	public String skillName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.skillNameEn : this.skillNameVi;
	}

}
