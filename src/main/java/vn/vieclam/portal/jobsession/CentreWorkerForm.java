package vn.vieclam.portal.jobsession;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/**
 * A centre registers a worker for a session ahead of the day: one of its own candidates ({@code candidateId}),
 * or a worker it types in, who agreed on the phone or at the counter.
 */
record CentreWorkerForm(Long candidateId, @Size(max = 150) String fullName, String phone, Long homeProvinceId,
		@Size(max = 150) String homeCommuneText, List<Long> vacancyIds, Boolean consent, String q) {

	CentreWorkerForm {
		consent = Boolean.TRUE.equals(consent);
		vacancyIds = vacancyIds == null ? List.of() : List.copyOf(vacancyIds);
	}

	static CentreWorkerForm empty(String q) {
		return new CentreWorkerForm(null, "", "", null, "", List.of(), false, q);
	}

	boolean typed() {
		return this.candidateId == null;
	}

	/** A typed worker needs a name, a phone, a home province and their consent; a candidate needs none of these. */
	void check(BindingResult result) {
		if (!typed()) {
			return;
		}
		if (this.fullName == null || this.fullName.isBlank()) {
			result.rejectValue("fullName", "jobsession.worker.centre.fullNameRequired");
		}
		if (this.phone == null || this.phone.isBlank()) {
			result.rejectValue("phone", "jobsession.worker.centre.phoneRequired");
		}
		if (this.homeProvinceId == null) {
			result.rejectValue("homeProvinceId", "jobsession.worker.centre.provinceRequired");
		}
		if (!this.consent) {
			result.rejectValue("consent", "jobsession.worker.centre.consentRequired");
		}
	}

	WorkerForm toWorker() {
		return new WorkerForm(this.fullName.strip(), this.phone, this.homeProvinceId, null, this.homeCommuneText,
				this.vacancyIds, true);
	}

}
