package vn.vieclam.portal.plan;

/**
 * How the Government Office follows an assigned item: done on time, done late, not yet due, overdue. For a
 * recurring task, OVERDUE means a past period missed its rule.
 */
public enum ItemStatus {

	DONE_ON_TIME, DONE_LATE, NOT_DUE, OVERDUE;

	public boolean done() {
		return this == DONE_ON_TIME || this == DONE_LATE;
	}

}
