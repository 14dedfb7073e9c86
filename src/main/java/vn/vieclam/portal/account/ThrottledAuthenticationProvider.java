package vn.vieclam.portal.account;

import java.util.function.Predicate;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Asks the throttle before checking a password, and tells it how the check went. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	private final Predicate<PortalUser> secondFactorNeeded;

	/** The failure count is only cleared when the sign-in is complete: for MFA users, after the code. */
	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle,
			Predicate<PortalUser> secondFactorNeeded) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.secondFactorNeeded = secondFactorNeeded;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		LoginThrottle.Verdict verdict = this.throttle.check(username);
		if (verdict.state() != LoginThrottle.State.ALLOWED) {
			throw new LoginThrottledException(verdict);
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			if (!(result.getPrincipal() instanceof PortalUser user && this.secondFactorNeeded.test(user))) {
				this.throttle.recordSuccess(username);
			}
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.recordFailure(username);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
