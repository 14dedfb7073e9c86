package vn.vieclam.portal.conference;

/**
 * A question's way: new → routed to a department (accepted) or rejected or merged into a duplicate; the
 * department answers; the organiser approves (or returns it, back to routed).
 */
enum QuestionStatus {

	NEW, REJECTED, MERGED, ROUTED, ANSWERED, APPROVED;

	public boolean open() {
		return this == NEW || this == ROUTED || this == ANSWERED;
	}

}
