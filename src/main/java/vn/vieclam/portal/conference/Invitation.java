package vn.vieclam.portal.conference;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.vieclam.portal.shared.DomainException;

/** An organisation invited to a conference with its quota of delegates and of gift recipients it may nominate. */
@Entity
@Table(name = "conference_invitation")
class Invitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long conferenceId;

	private Long organisationId;

	private Long pointId;

	private int quota;

	private int giftQuota;

	@Enumerated(EnumType.STRING)
	private Rsvp rsvp = Rsvp.PENDING;

	private Integer confirmed;

	private int checkedIn;

	@Version
	private long version;

	protected Invitation() {
	}

	Invitation(Long conferenceId, Long organisationId, Long pointId, int quota, int giftQuota) {
		this.conferenceId = conferenceId;
		this.organisationId = organisationId;
		this.pointId = pointId;
		this.quota = quota;
		this.giftQuota = giftQuota;
	}

	/** The organisation's answer and, later, how many of its delegates signed in at the door. */
	void record(Rsvp rsvp, Integer confirmed, int checkedIn) {
		if (confirmed != null && confirmed > this.quota) {
			throw DomainException.onField("confirmed", "conference.invitation.overQuota", this.quota);
		}
		if (rsvp == Rsvp.DECLINED && (checkedIn > 0 || (confirmed != null && confirmed > 0))) {
			throw DomainException.onField("rsvp", "conference.invitation.declinedWithPeople");
		}
		this.rsvp = rsvp;
		this.confirmed = rsvp == Rsvp.ACCEPTED && confirmed == null ? this.quota : confirmed;
		this.checkedIn = checkedIn;
	}

	Long getId() {
		return this.id;
	}

	Long getConferenceId() {
		return this.conferenceId;
	}

	Long getOrganisationId() {
		return this.organisationId;
	}

	int getGiftQuota() {
		return this.giftQuota;
	}

	long getVersion() {
		return this.version;
	}

}
