package vn.vieclam.portal.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import vn.vieclam.portal.shared.audit.AuditAction;
import vn.vieclam.portal.shared.audit.AuditLog;

/**
 * Back to the login form with the reason as a code ({@code ?error=locked}) and the typed user name
 * kept; the attempt is audited without the password.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String LAST_USERNAME = "portal.login.username";

	static final String WAIT_SECONDS = "portal.login.wait";

	private final AuditLog audit;

	LoginFailureHandler(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		String code = "credentials";
		if (exception instanceof LoginThrottledException throttled) {
			code = throttled.locked() ? "locked" : "slowed";
			request.getSession().setAttribute(WAIT_SECONDS, Math.max(1, throttled.waitFor().toSeconds() + 1));
		}
		else if (exception instanceof DisabledException) {
			code = "disabled";
		}
		this.audit.record(AuditAction.LOGIN_FAILED, "UserAccount", null, null,
				"user name: " + sanitise(username) + "; reason: " + code);
		request.getSession().setAttribute(LAST_USERNAME, username == null ? "" : username.strip());
		response.sendRedirect(request.getContextPath() + "/login?error=" + code);
	}

	/** User-controlled text goes into the audit as plain, bounded, single-line text. */
	private static String sanitise(String value) {
		if (value == null) {
			return "";
		}
		String cleaned = value.replaceAll("[\\p{Cntrl}]", "?");
		return cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
	}

}
