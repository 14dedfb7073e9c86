package vn.vieclam.portal.conference;

import java.time.Instant;
import java.time.LocalDate;

/** A line of a list of questions; {@code petitionerName} is null where the reader may not see it. */
record QuestionRow(Long id, Long conferenceId, String conferenceTitle, QuestionStatus status, QuestionTopic topic,
		String body, boolean anonymous, String petitionerName, String departmentName, LocalDate answerDueOn,
		Instant submittedAt, int merged) {

	public boolean overdue(LocalDate today) {
		return this.status == QuestionStatus.ROUTED && this.answerDueOn != null && this.answerDueOn.isBefore(today);
	}

}
