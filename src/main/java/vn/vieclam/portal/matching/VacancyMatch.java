package vn.vieclam.portal.matching;

import java.time.LocalDate;
import java.util.Locale;

import vn.vieclam.portal.vacancy.Housing;

/** An open published vacancy ranked for one candidate, with the points that make its score. */
public record VacancyMatch(Long vacancyId, String title, String employerName, String workProvinceName,
		String occupationNameVi, String occupationNameEn, String skillNameVi, String skillNameEn, long wageMin,
		long wageMax, Housing housing, int openPlaces, LocalDate closingDate, Long referralId, MatchPoints points,
		MatchFacts facts) {

	public int score() {
		return this.points.total();
	}

	public boolean referred() {
		return this.referralId != null;
	}

	public String occupationName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.occupationNameEn : this.occupationNameVi;
	}

	public String skillName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.skillNameEn : this.skillNameVi;
	}

}
