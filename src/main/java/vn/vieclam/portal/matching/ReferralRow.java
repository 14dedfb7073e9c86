package vn.vieclam.portal.matching;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a referral list. {@code candidateName} is null when an employer reads the list and the
 * candidate no longer shares their profile (consent withdrawn or erased).
 */
public record ReferralRow(Long id, Long candidateId, String candidateName, Long vacancyId, String vacancyTitle,
		String employerName, String centreName, ReferralStatus status, LocalDate referredOn, Instant interviewAt,
		LocalDate startDate) {
}
