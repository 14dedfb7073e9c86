package vn.vieclam.portal.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A plan's header as typed; {@code version} is the one the user opened (a stale save is a 409). */
record PlanForm(@NotBlank @Size(max = 60) String number, @NotNull LocalDate issuedOn, @NotNull Long issuerId,
		@Size(max = 200) String signer, @NotBlank @Size(max = 500) String title, long version) {

	static PlanForm empty(Long issuerId) {
		return new PlanForm("", null, issuerId, "", "", 0);
	}

	static PlanForm from(ActionPlan plan) {
		return new PlanForm(plan.getNumber(), plan.getIssuedOn(), plan.getIssuerId(), plan.getSigner(), plan.getTitle(),
				plan.getVersion());
	}

	PlanDetails toDetails() {
		return new PlanDetails(this.number.strip(), this.issuedOn, this.issuerId, this.signer, this.title.strip());
	}

}
