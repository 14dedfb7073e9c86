package vn.vieclam.portal.plan;

/** A task done once (by its deadline) or every month or quarter. */
public enum Recurrence {

	NONE, MONTHLY, QUARTERLY

}
