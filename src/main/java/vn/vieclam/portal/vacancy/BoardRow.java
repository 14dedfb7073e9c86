package vn.vieclam.portal.vacancy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** One line of the public board: what a worker scans on a phone before opening the vacancy. */
public record BoardRow(Long id, String title, String employerName, String zoneName, String provinceName, long wageMin,
		long wageMax, Housing housing, boolean meals, boolean shuttleBus, int openPlaces, String skillNameVi,
		String skillNameEn, Term term, LocalDate closingDate, Instant publishedAt) {

	public String skillName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.skillNameEn : this.skillNameVi;
	}

}
