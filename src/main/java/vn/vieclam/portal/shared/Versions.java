package vn.vieclam.portal.shared;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Optimistic locking across a form round trip: the form carries the version the user saw. */
public final class Versions {

	private Versions() {
	}

	/** Refuses the change when someone saved the record after the user opened the form (a 409 page). */
	public static void require(long current, long seen, Class<?> type, Object id) {
		if (current != seen) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

}
