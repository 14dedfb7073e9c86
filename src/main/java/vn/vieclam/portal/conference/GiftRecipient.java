package vn.vieclam.portal.conference;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.vieclam.portal.shared.DomainException;

/** A worker in hardship nominated by an invited unit to receive a gift at the conference. */
@Entity
@Table(name = "gift_recipient")
class GiftRecipient {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long conferenceId;

	private Long unitId;

	private String fullName;

	private String workplace;

	private String circumstances;

	private Instant consentAt;

	private LocalDate nominatedOn;

	@Enumerated(EnumType.STRING)
	private GiftStatus status = GiftStatus.NOMINATED;

	private Instant handedOverAt;

	@Version
	private long version;

	protected GiftRecipient() {
	}

	GiftRecipient(Long conferenceId, Long unitId, String fullName, String workplace, String circumstances, LocalDate nominatedOn) {
		this.conferenceId = conferenceId;
		this.unitId = unitId;
		this.fullName = fullName;
		this.workplace = workplace;
		this.circumstances = circumstances;
		this.consentAt = Instant.now();
		this.nominatedOn = nominatedOn;
	}

	void approve() {
		require(this.status != GiftStatus.APPROVED || this.handedOverAt == null);
		this.status = GiftStatus.APPROVED;
	}

	void reject() {
		require(this.handedOverAt == null);
		this.status = GiftStatus.REJECTED;
	}

	void handOver() {
		if (this.status != GiftStatus.APPROVED || this.handedOverAt != null) {
			throw new DomainException("conference.gift.notApproved");
		}
		this.handedOverAt = Instant.now();
	}

	private void require(boolean allowed) {
		if (!allowed) {
			throw new DomainException("conference.gift.alreadyHandedOver");
		}
	}

	Long getId() {
		return this.id;
	}

	Long getConferenceId() {
		return this.conferenceId;
	}

	long getVersion() {
		return this.version;
	}

}
