package vn.vieclam.portal.matching;

import java.time.LocalDate;

/** A follow-up call the centre has to make: due within a week, or overdue. */
public record FollowUpRow(Long id, Long referralId, Long candidateId, String candidateName, String vacancyTitle,
		String employerName, LocalDate startDate, int months, LocalDate dueOn, boolean overdue) {
}
