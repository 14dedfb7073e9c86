package vn.vieclam.portal.delegation;

/** A delegation's progress: planned, confirmed with the host, done (the visit took place), reported. */
public enum DelegationStatus {

	PLANNED, CONFIRMED, DONE, REPORTED;

	/** The one status that may follow, or null at the end. */
	public DelegationStatus next() {
		return this == REPORTED ? null : values()[ordinal() + 1];
	}

}
