package vn.vieclam.portal.plan;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A plan (kế hoạch): number, date, issuing body, signer and title; its tasks point at it. */
@Entity
@Table(name = "action_plan")
class ActionPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String number;

	private LocalDate issuedOn;

	private Long issuerId;

	private String signer;

	private String title;

	@Version
	private long version;

	protected ActionPlan() {
	}

	ActionPlan(PlanDetails details) {
		apply(details);
	}

	void apply(PlanDetails d) {
		this.number = d.number().strip();
		this.issuedOn = d.issuedOn();
		this.issuerId = d.issuerId();
		this.signer = d.signer() == null || d.signer().isBlank() ? null : d.signer().strip();
		this.title = d.title().strip();
	}

	Long getId() {
		return this.id;
	}

	String getNumber() {
		return this.number;
	}

	LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	Long getIssuerId() {
		return this.issuerId;
	}

	String getSigner() {
		return this.signer;
	}

	String getTitle() {
		return this.title;
	}

	long getVersion() {
		return this.version;
	}

}
