package vn.vieclam.portal.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.NotFoundException;

/**
 * A candidate put forward by their job centre for one vacancy, followed to an outcome. The aggregate
 * guards its pipeline: REFERRED → INTERVIEW_SCHEDULED → HIRED, or NOT_SELECTED, WITHDREW, NO_SHOW; a hire
 * opens the follow-ups at 1, 3 and 6 months after the start date.
 */
@Entity
@Table(name = "referral")
class Referral {

	/** Months after the start date at which the centre calls the worker. */
	static final int[] FOLLOW_UP_MONTHS = { 1, 3, 6 };

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long candidateId;

	private Long vacancyId;

	private Long centreId;

	@Enumerated(EnumType.STRING)
	private ReferralStatus status = ReferralStatus.REFERRED;

	private LocalDate referredOn;

	private String referredBy;

	private Instant interviewAt;

	private String interviewPlace;

	private LocalDate startDate;

	private LocalDate hiredOn;

	private String outcomeReason;

	private LocalDate closedOn;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	@OneToMany(mappedBy = "referral", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("months")
	private List<ReferralFollowUp> followUps = new ArrayList<>();

	protected Referral() {
	}

	Referral(Long candidateId, Long vacancyId, Long centreId, String referredBy, LocalDate today) {
		this.candidateId = candidateId;
		this.vacancyId = vacancyId;
		this.centreId = centreId;
		this.referredBy = referredBy;
		this.referredOn = today;
	}

	/** The employer sets (or moves) the interview; only while the referral waits for an outcome. */
	void scheduleInterview(Instant at, String place) {
		require(ReferralStatus.OPEN, "referral.interview.notOpen");
		if (at == null) {
			throw DomainException.onField("date", "referral.interview.required");
		}
		if (at.isBefore(this.referredOn.atStartOfDay(Formats.VIETNAM).toInstant())) {
			throw DomainException.onField("date", "referral.interview.beforeReferral");
		}
		this.status = ReferralStatus.INTERVIEW_SCHEDULED;
		this.interviewAt = at;
		this.interviewPlace = place;
		touch();
	}

	/** The employer hires after the interview; the follow-ups fall due 1, 3 and 6 months after the start. */
	void markHired(LocalDate start, LocalDate today) {
		require(EnumSet.of(ReferralStatus.INTERVIEW_SCHEDULED), "referral.hire.notInterviewed");
		if (start == null) {
			throw DomainException.onField("startDate", "referral.startDate.required");
		}
		if (start.isBefore(this.referredOn)) {
			throw DomainException.onField("startDate", "referral.startDate.beforeReferral");
		}
		if (start.isAfter(today.plusYears(1))) {
			throw DomainException.onField("startDate", "referral.startDate.tooLate");
		}
		this.status = ReferralStatus.HIRED;
		this.startDate = start;
		this.hiredOn = today;
		this.closedOn = today;
		for (int months : FOLLOW_UP_MONTHS) {
			this.followUps.add(new ReferralFollowUp(this, months, start.plusMonths(months)));
		}
		touch();
	}

	/** The employer did not take the candidate, and says why. */
	void markNotSelected(String reason, LocalDate today) {
		require(ReferralStatus.OPEN, "referral.notSelected.notOpen");
		end(ReferralStatus.NOT_SELECTED, requireReason(reason), today);
	}

	/** The candidate did not come to the interview. */
	void markNoShow(LocalDate today) {
		require(EnumSet.of(ReferralStatus.INTERVIEW_SCHEDULED), "referral.noShow.notScheduled");
		end(ReferralStatus.NO_SHOW, null, today);
	}

	/** The candidate (through their centre) withdrew before an outcome. */
	void withdraw(String reason, LocalDate today) {
		require(ReferralStatus.OPEN, "referral.withdraw.notOpen");
		end(ReferralStatus.WITHDREW, reason, today);
	}

	/** The centre called the worker: still working, or left (with the reason). Each call is recorded once. */
	void recordFollowUp(Long followUpId, FollowUpOutcome outcome, String reason, LocalDate today, String by) {
		if (this.status != ReferralStatus.HIRED) {
			throw new DomainException("referral.followUp.notHired");
		}
		ReferralFollowUp followUp = this.followUps.stream()
			.filter(f -> f.getId().equals(followUpId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("follow-up", followUpId));
		if (outcome == null) {
			throw DomainException.onField("outcome", "referral.followUp.outcomeRequired");
		}
		if (outcome == FollowUpOutcome.LEFT && reason == null) {
			throw DomainException.onField("reason", "referral.followUp.reasonRequired");
		}
		followUp.record(outcome, reason, today, by);
		touch();
	}

	private void end(ReferralStatus outcome, String reason, LocalDate today) {
		this.status = outcome;
		this.outcomeReason = reason;
		this.closedOn = today;
		touch();
	}

	private static String requireReason(String reason) {
		if (reason == null) {
			throw DomainException.onField("reason", "referral.reason.required");
		}
		return reason;
	}

	private void require(Set<ReferralStatus> allowed, String messageKey) {
		if (!allowed.contains(this.status)) {
			throw new DomainException(messageKey);
		}
	}

	private void touch() {
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return this.id;
	}

	Long getCandidateId() {
		return this.candidateId;
	}

	Long getVacancyId() {
		return this.vacancyId;
	}

	Long getCentreId() {
		return this.centreId;
	}

	ReferralStatus getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

	List<ReferralFollowUp> getFollowUps() {
		return this.followUps;
	}

}
