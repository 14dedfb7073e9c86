package vn.vieclam.portal.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One referral with its vacancy, its centre and its follow-ups. {@code sharing}: the candidate still shares. */
public record ReferralView(Long id, Long candidateId, Long centreId, String centreName, Long vacancyId,
		String vacancyTitle, Long employerId, String employerName, ReferralStatus status, LocalDate referredOn,
		String referredBy, Instant interviewAt, String interviewPlace, LocalDate startDate, LocalDate hiredOn,
		String outcomeReason, LocalDate closedOn, boolean sharing, long version, List<FollowUpLine> followUps) {

	/** A follow-up call: due, or done with its outcome. */
	public record FollowUpLine(Long id, int months, LocalDate dueOn, FollowUpOutcome outcome, String reason,
			LocalDate doneOn, String recordedBy) {

		public boolean done() {
			return this.outcome != null;
		}

	}

}
