package vn.vieclam.portal.jobsession;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An employer's registration: the published vacancies it brings and how many interviews it can hold. */
record EmployerRegistrationForm(
		@NotEmpty(message = "{jobsession.employer.vacancies.required}") List<Long> vacancyIds,
		@NotNull @Min(1) @Max(200) Integer interviewSlots,
		@Size(max = 500) String note) {

	EmployerRegistrationForm {
		vacancyIds = vacancyIds == null ? List.of() : List.copyOf(vacancyIds);
	}

	static EmployerRegistrationForm empty() {
		return new EmployerRegistrationForm(List.of(), 10, "");
	}

}
