package vn.vieclam.portal.jobsession;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A worker's pre-registration for a session, from the public page (or typed in by a centre for a walk-in). */
public record WorkerForm(
		@NotBlank @Size(max = 150) String fullName,
		@NotBlank String phone,
		@NotNull Long homeProvinceId,
		Long homeCommuneId,
		@Size(max = 150) String homeCommuneText,
		List<Long> vacancyIds,
		@AssertTrue(message = "{jobsession.worker.consent.required}") Boolean consent) {

	public WorkerForm {
		consent = Boolean.TRUE.equals(consent); // an unticked box sends nothing
		vacancyIds = vacancyIds == null ? List.of() : List.copyOf(vacancyIds);
	}

	static WorkerForm empty() {
		return new WorkerForm("", "", null, null, "", List.of(), false);
	}

}
