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

/** After sign-in: back to the page that asked for it, else the role's own home. */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final Accounts accounts;

	private final AuditLog audit;

	private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

	LoginSuccessHandler(Accounts accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
		setRequestCache(this.requestCache);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		PortalUser user = (PortalUser) authentication.getPrincipal();
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
