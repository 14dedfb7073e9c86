package vn.vieclam.portal.matching;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.vieclam.portal.shared.DomainException;

/** One call after a hire, part of its {@link Referral}: due on a date, done once. */
@Entity
@Table(name = "referral_follow_up")
class ReferralFollowUp {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "referral_id")
	private Referral referral;

	private int months;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private FollowUpOutcome outcome;

	private String reason;

	private LocalDate doneOn;

	private String recordedBy;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected ReferralFollowUp() {
	}

	ReferralFollowUp(Referral referral, int months, LocalDate dueOn) {
		this.referral = referral;
		this.months = months;
		this.dueOn = dueOn;
	}

	void record(FollowUpOutcome outcome, String reason, LocalDate today, String by) {
		if (this.outcome != null) {
			throw new DomainException("referral.followUp.alreadyDone");
		}
		this.outcome = outcome;
		this.reason = reason;
		this.doneOn = today;
		this.recordedBy = by;
	}

	Long getId() {
		return this.id;
	}

}
