package vn.vieclam.portal.account;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import vn.vieclam.portal.shared.audit.AuditAction;
import vn.vieclam.portal.shared.audit.AuditLog;

/**
 * The two-step sign-in. After the right password a user who needs a second factor is <em>not</em> signed
 * in: the session only remembers who is half-way ({@link Pending}); the security context stays empty, so
 * every page but the code (or enrolment) step still asks to sign in. The code step completes it.
 */
@Component
class MfaSignIn {

	static final String PENDING = "portal.mfa.pending";

	record Pending(Long userId, String username, String enrolSecret) implements Serializable {
	}

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

	private final Accounts accounts;

	private final AuditLog audit;

	MfaSignIn(Accounts accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	/** Undo the password step's sign-in and remember who is half-way. */
	void holdBack(HttpServletRequest request, HttpServletResponse response, PortalUser user, boolean enrolled) {
		SecurityContext empty = SecurityContextHolder.createEmptyContext();
		SecurityContextHolder.clearContext();
		this.contexts.saveContext(empty, request, response);
		request.getSession().setAttribute(PENDING,
				new Pending(user.id(), user.getUsername(), enrolled ? null : Totp.newSecret()));
	}

	static Pending pending(HttpSession session) {
		return session == null ? null : (Pending) session.getAttribute(PENDING);
	}

	/** Second factor given: sign in for real (new session id), then to the page that asked, else home. */
	String complete(HttpServletRequest request, HttpServletResponse response, Pending pending) {
		PortalUser user = this.accounts.principal(pending.username());
		user.eraseCredentials();
		request.getSession().removeAttribute(PENDING);
		if (!user.isEnabled()) {
			// disabled by an administrator between the password and the code
			return "/login?error=disabled";
		}
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		this.accounts.recordLogin(user.id());
		this.audit.record(AuditAction.LOGIN, "UserAccount", user.id(), null, null);
		SavedRequest saved = this.requestCache.getRequest(request, response);
		if (saved != null) {
			this.requestCache.removeRequest(request, response);
			return saved.getRedirectUrl();
		}
		return user.role().home();
	}

}
