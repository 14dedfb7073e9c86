package vn.vieclam.portal.conference;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.NotFoundException;

/**
 * Gifts for workers in hardship: each invited unit nominates up to its quota before the due date, the
 * organisers approve, and the handover at the conference is recorded. Organisers only (personal data).
 */
@Service
@Transactional
public class Gifts {

	private final GiftRecipientRepository recipients;

	private final InvitationRepository invitations;

	private final Conferences conferences;

	private final ConferenceQueries queries;

	Gifts(GiftRecipientRepository recipients, InvitationRepository invitations, Conferences conferences,
			ConferenceQueries queries) {
		this.recipients = recipients;
		this.invitations = invitations;
		this.conferences = conferences;
		this.queries = queries;
	}

	/**
	 * A unit's nomination, recorded on {@code on} (the day the list arrived). Refused after the due date,
	 * beyond the unit's quota, without the worker's consent, or for a unit that was given no quota.
	 */
	public Long nominate(PortalUser user, Long conferenceId, Long unitId, String fullName, String workplace, String circumstances,
			boolean consent, LocalDate on) {
		Conference conference = this.conferences.organised(user, conferenceId);
		if (!consent) {
			throw DomainException.onField("consent", "conference.gift.consent.required");
		}
		if (conference.getNominationsDueOn() != null && on.isAfter(conference.getNominationsDueOn())) {
			throw new DomainException("conference.gift.pastDue", Formats.DATE.format(conference.getNominationsDueOn()));
		}
		int quota = this.invitations.findByConferenceIdAndOrganisationId(conferenceId, unitId)
			.map(Invitation::getGiftQuota).orElse(0);
		if (quota == 0) {
			throw DomainException.onField("unitId", "conference.gift.noQuota");
		}
		if (this.recipients.countActive(conferenceId, unitId) >= quota) {
			throw DomainException.onField("unitId", "conference.gift.quotaFull", quota);
		}
		return this.recipients.save(new GiftRecipient(conferenceId, unitId, fullName, workplace, circumstances, on)).getId();
	}

	public void approve(PortalUser user, Long conferenceId, Long recipientId) {
		find(user, conferenceId, recipientId).approve();
	}

	void reject(PortalUser user, Long conferenceId, Long recipientId) {
		find(user, conferenceId, recipientId).reject();
	}

	void handOver(PortalUser user, Long conferenceId, Long recipientId) {
		find(user, conferenceId, recipientId).handOver();
	}

	@Transactional(readOnly = true)
	List<GiftRow> list(PortalUser user, Long conferenceId) {
		this.conferences.organised(user, conferenceId);
		return this.queries.gifts(conferenceId);
	}

	@Transactional(readOnly = true)
	List<UnitQuota> quotas(PortalUser user, Long conferenceId) {
		this.conferences.organised(user, conferenceId);
		return this.queries.giftQuotas(conferenceId);
	}

	private GiftRecipient find(PortalUser user, Long conferenceId, Long recipientId) {
		this.conferences.organised(user, conferenceId);
		return this.recipients.findById(recipientId).filter(g -> g.getConferenceId().equals(conferenceId))
			.orElseThrow(() -> new NotFoundException("gift recipient", recipientId));
	}

}
