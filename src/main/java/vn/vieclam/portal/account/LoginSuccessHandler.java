package vn.vieclam.portal.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import vn.vieclam.portal.shared.audit.AuditAction;
import vn.vieclam.portal.shared.audit.AuditLog;

/**
 * After the right password: on to the code step (or to enrolment) when a second factor is needed, else
 * signed in and back to the page that asked for it, else the role's own home.
 */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final Accounts accounts;

	private final AuditLog audit;

	private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

	private final Mfa mfa;

	private final MfaSignIn signIn;

	LoginSuccessHandler(Accounts accounts, AuditLog audit, Mfa mfa, MfaSignIn signIn) {
		this.accounts = accounts;
		this.audit = audit;
		this.mfa = mfa;
		this.signIn = signIn;
		setRequestCache(this.requestCache);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		PortalUser user = (PortalUser) authentication.getPrincipal();
		request.getSession().removeAttribute(LoginFailureHandler.LAST_USERNAME);
		if (this.mfa.secondFactorNeeded(user)) {
			boolean enrolled = this.mfa.enrolled(user.id());
			this.signIn.holdBack(request, response, user, enrolled);
			getRedirectStrategy().sendRedirect(request, response, enrolled ? "/login/code" : "/login/enrol");
			return;
		}
		this.accounts.recordLogin(user.id());
		this.audit.record(AuditAction.LOGIN, "UserAccount", user.id(), null, null);
		request.getSession().removeAttribute(LoginFailureHandler.LAST_USERNAME);
		SavedRequest saved = this.requestCache.getRequest(request, response);
		if (saved == null) {
			getRedirectStrategy().sendRedirect(request, response, user.role().home());
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
