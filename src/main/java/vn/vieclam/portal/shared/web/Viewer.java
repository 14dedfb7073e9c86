package vn.vieclam.portal.shared.web;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at a page, for templates: {@code th:if="${@viewer.signedIn}"}, {@code th:if="${@viewer.has('OFFICIAL')}"}.
 * The same answers as {@code sec:authorize="isAuthenticated()"} and {@code sec:authorize="hasRole('OFFICIAL')"}
 * (no role hierarchy is configured), without building and evaluating a security expression each time: the layout
 * asks ten times on every page, and that was 6–8 % of a page's CPU time (JFR, bench/RESULTS.md). Whether a page
 * may be seen at all is decided by the security configuration, not here: this only picks what a page shows.
 */
@Component("viewer")
public class Viewer {

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	/** Signed in (not anonymous), as {@code isAuthenticated()}. */
	public boolean isSignedIn() {
		return this.trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
	}

	/** Has the role (ADMIN, OFFICIAL, JOB_CENTRE, EMPLOYER), as {@code hasRole(role)}. */
	public boolean has(String role) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return false;
		}
		String authority = "ROLE_" + role;
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			if (authority.equals(granted.getAuthority())) {
				return true;
			}
		}
		return false;
	}

}
