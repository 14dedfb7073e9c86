package vn.vieclam.portal.conference;

import java.time.Instant;
import java.time.LocalDate;

/** A question as a page shows it; the petitioner's fields are null for whoever may not see them. */
record QuestionView(Long id, Long conferenceId, QuestionSource source, boolean anonymous, String petitionerName,
		String workplace, String phone, Instant consentAt, String body, QuestionStatus status, String rejectReason,
		Long mergedIntoId, QuestionTopic topic, Long departmentId, String departmentName, LocalDate answerDueOn,
		String answer, String answeredBy, Instant answeredAt, Instant approvedAt, String returnNote, Instant submittedAt,
		long version) {

	public boolean overdue(LocalDate today) {
		return this.status == QuestionStatus.ROUTED && this.answerDueOn != null && this.answerDueOn.isBefore(today);
	}

}
