package vn.vieclam.portal.vacancy;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.vieclam.portal.shared.Text;

/** The employer's hiring-need form. Rules that span fields live in {@link Vacancies#check}. */
record VacancyForm(
		@NotBlank @Size(max = 200) String title,
		@NotBlank String occupationCode,
		@NotBlank String skillLevelCode,
		@NotNull @Positive @Max(100_000) Integer quantity,
		@NotNull Term term,
		LocalDate startDate,
		@NotNull @Positive Long wageMin,
		@NotNull @Positive Long wageMax,
		@Size(max = 2000) String benefits,
		@NotNull Housing housing,
		@PositiveOrZero Long housingAmount,
		Boolean meals,
		Boolean shuttleBus,
		@Size(max = 200) String workingHours,
		@Size(max = 200) String shifts,
		@Min(15) @Max(70) Integer ageMin,
		@Min(15) @Max(70) Integer ageMax,
		@NotNull Gender gender,
		@Size(max = 500) String requirementReason,
		@NotNull Long workProvinceId,
		Long workCommuneId,
		@NotBlank @Size(max = 255) String workAddress,
		@NotNull LocalDate closingDate,
		@Size(max = 4000) String description,
		long version) {

	VacancyForm {
		meals = Boolean.TRUE.equals(meals); // unticked boxes send nothing
		shuttleBus = Boolean.TRUE.equals(shuttleBus);
	}

	static VacancyForm empty(Long provinceId, String address, LocalDate closingDate) {
		return new VacancyForm("", "", "", null, Term.LONG, null, null, null, "", Housing.NONE, null, false, false, "",
				"", null, null, Gender.ANY, "", provinceId, null, address, closingDate, "", 0);
	}

	static VacancyForm from(VacancyView v) {
		return new VacancyForm(v.title(), v.occupationCode(), v.skillLevelCode(), v.quantity(), v.term(), v.startDate(),
				v.wageMin(), v.wageMax(), v.benefits(), v.housing(), v.housingAmount(), v.meals(), v.shuttleBus(),
				v.workingHours(), v.shifts(), v.ageMin(), v.ageMax(), v.gender(), v.requirementReason(),
				v.workProvinceId(), v.workCommuneId(), v.workAddress(), v.closingDate(), v.description(), v.version());
	}

	VacancyTerms toTerms() {
		return new VacancyTerms(this.title.strip(), this.occupationCode, this.skillLevelCode, this.quantity, this.term,
				this.startDate, this.wageMin, this.wageMax, Text.blankToNull(this.benefits), this.housing,
				this.housingAmount, this.meals, this.shuttleBus, Text.blankToNull(this.workingHours),
				Text.blankToNull(this.shifts), this.ageMin, this.ageMax, this.gender,
				Text.blankToNull(this.requirementReason), this.workProvinceId, this.workCommuneId,
				this.workAddress.strip(), this.closingDate, Text.blankToNull(this.description));
	}

}
