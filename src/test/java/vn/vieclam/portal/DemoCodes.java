package vn.vieclam.portal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import vn.vieclam.portal.account.Totp;

/**
 * Codes from the demo authenticator secret (application-demo.properties) for tests that sign in as the demo
 * administrator or officials. The portal accepts each 30-second step once per user, and one step either
 * side; this hands out a step not yet used in this JVM, waiting for the next step when all three are spent.
 */
public final class DemoCodes {

	public static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

	private static final Map<String, Long> LAST = new HashMap<>();

	private DemoCodes() {
	}

	public static synchronized String next(String username) {
		while (true) {
			long current = Totp.step(Instant.now());
			// the first time, step + 1: an earlier test run may have used this step already
			long last = LAST.getOrDefault(username, current);
			for (long step = current - 1; step <= current + 1; step++) {
				if (step > last) {
					LAST.put(username, step);
					return Totp.code(SECRET, step);
				}
			}
			waitForNextStep();
		}
	}

	/** Waits for the next 30-second step (not a timing assertion: codes are minted by the clock). */
	public static void waitForNextStep() {
		long millis = 30_000 - Instant.now().toEpochMilli() % 30_000 + 50;
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
