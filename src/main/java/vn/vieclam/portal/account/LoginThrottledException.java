package vn.vieclam.portal.account;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused before the password was even checked: too many recent failures for this name. */
class LoginThrottledException extends AuthenticationException {

	private final LoginThrottle.Verdict verdict;

	LoginThrottledException(LoginThrottle.Verdict verdict) {
		super("Sign-in throttled: " + verdict.state());
		this.verdict = verdict;
	}

	boolean locked() {
		return this.verdict.state() == LoginThrottle.State.LOCKED;
	}

	Duration waitFor() {
		return this.verdict.remaining();
	}

}
