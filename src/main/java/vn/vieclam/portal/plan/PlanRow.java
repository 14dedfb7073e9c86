package vn.vieclam.portal.plan;

import java.time.LocalDate;

/** A plan as lists and pickers show it. */
public record PlanRow(Long id, String number, LocalDate issuedOn, String issuerName, String signer, String title) {

	public String label() {
		return this.number + " — " + this.title;
	}

}
