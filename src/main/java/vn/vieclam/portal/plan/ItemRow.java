package vn.vieclam.portal.plan;

import java.time.LocalDate;

/**
 * One line of /tasks: a plan's task or a notice's commitment, its responsible organisation, what is due when
 * ({@code nextDue}: the deadline, or the end of the running period of a recurring task) and its status.
 */
public record ItemRow(ItemKind kind, Long id, String title, Long planId, Long noticeId, String sourceNumber,
		Long organisationId, String organisationName, LocalDate dueDate, LocalDate dueMonth, Recurrence recurrence,
		LocalDate nextDue, LocalDate doneOn, ItemStatus status) {

	/** "06/03/2024", "04/2024", or empty for a recurring task (its rule is shown instead). */
	public String deadlineText() {
		if (this.dueDate == null && this.dueMonth == null) {
			return "";
		}
		return Deadline.of(this.dueDate, this.dueMonth).text();
	}

	public String link() {
		return "/tasks/" + this.kind.path() + "/" + this.id;
	}

}
