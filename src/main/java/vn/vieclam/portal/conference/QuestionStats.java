package vn.vieclam.portal.conference;

/** Counts the organisers watch: new, waiting for the department, of those overdue, waiting for approval, approved. */
record QuestionStats(int fresh, int routed, int overdue, int answered, int approved, int rejected, int merged) {

	static final QuestionStats NONE = new QuestionStats(0, 0, 0, 0, 0, 0, 0);

	public int unanswered() {
		return this.fresh + this.routed;
	}

}
