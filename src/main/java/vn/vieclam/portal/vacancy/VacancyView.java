package vn.vieclam.portal.vacancy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import vn.vieclam.portal.shared.Phone;

/** One vacancy with everything a worker, its employer or an official reads on its page. */
public record VacancyView(Long id, Long employerId, String employerName, String employerShortName, boolean employerVerified,
		Long competentBodyId, String zoneName, String title, String occupationCode, String occupationNameVi,
		String occupationNameEn, String skillLevelCode, String skillNameVi, String skillNameEn, int quantity, int hired,
		Term term, LocalDate startDate, long wageMin, long wageMax, String benefits, Housing housing, Long housingAmount,
		boolean meals, boolean shuttleBus, String workingHours, String shifts, Integer ageMin, Integer ageMax,
		Gender gender, String requirementReason, Long workProvinceId, String workProvinceName, Long workCommuneId,
		String workCommuneName, String workAddress, LocalDate closingDate, String description, VacancyStatus status,
		String returnReason, Instant submittedAt, Instant publishedAt, Instant updatedAt, String contactPhone,
		long version) {

	public int openPlaces() {
		return Math.max(0, this.quantity - this.hired);
	}

	public String occupationName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.occupationNameEn : this.occupationNameVi;
	}

	public String skillName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.skillNameEn : this.skillNameVi;
	}

	public String employerDisplayName() {
		return this.employerShortName == null || this.employerShortName.isBlank() ? this.employerName
				: this.employerShortName;
	}

	public String contactPhoneDisplay() {
		return Phone.display(this.contactPhone);
	}

	public String place() {
		return this.workAddress + (this.workCommuneName != null ? ", " + this.workCommuneName : "") + ", "
				+ this.workProvinceName;
	}

}
