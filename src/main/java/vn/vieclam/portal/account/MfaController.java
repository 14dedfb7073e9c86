package vn.vieclam.portal.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;
import vn.vieclam.portal.shared.audit.AuditAction;
import vn.vieclam.portal.shared.audit.AuditLog;

/**
 * The second sign-in step (a code, or enrolment for administrators and officials who have none yet), and
 * the account page where anyone sets up, renews or (where optional) turns off their second factor.
 */
@Controller
class MfaController {

	static final String NEW_SECRET = "portal.mfa.newSecret";

	private final Mfa mfa;

	private final MfaSignIn signIn;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	MfaController(Mfa mfa, MfaSignIn signIn, LoginThrottle throttle, AuditLog audit) {
		this.mfa = mfa;
		this.signIn = signIn;
		this.throttle = throttle;
		this.audit = audit;
	}

	@GetMapping("/login/code")
	String showCodeStep(HttpSession session, Model model) {
		MfaSignIn.Pending pending = MfaSignIn.pending(session);
		if (pending == null) {
			return "redirect:/login";
		}
		if (pending.enrolSecret() != null) {
			return "redirect:/login/enrol";
		}
		model.addAttribute("form", MfaCodeForm.empty());
		return "account/mfa-code";
	}

	@PostMapping("/login/code")
	String checkCode(@ModelAttribute("form") MfaCodeForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response) {
		MfaSignIn.Pending pending = MfaSignIn.pending(request.getSession(false));
		if (pending == null || pending.enrolSecret() != null) {
			return "redirect:/login";
		}
		LoginThrottle.Verdict verdict = this.throttle.check(pending.username());
		if (verdict.state() == LoginThrottle.State.LOCKED) {
			request.getSession().removeAttribute(MfaSignIn.PENDING);
			request.getSession().setAttribute(LoginFailureHandler.WAIT_SECONDS, verdict.remaining().toSeconds() + 1);
			this.audit.record(AuditAction.MFA_FAILED, "UserAccount", pending.userId(), null, "reason: locked");
			return "redirect:/login?error=locked";
		}
		if (verdict.state() == LoginThrottle.State.SLOWED) {
			result.rejectValue("code", "login.error.slowed", new Object[] { verdict.remaining().toSeconds() + 1 }, null);
			return "account/mfa-code";
		}
		Mfa.Outcome outcome = this.mfa.check(pending.userId(), form.code());
		if (outcome == Mfa.Outcome.WRONG) {
			this.throttle.recordFailure(pending.username());
			this.audit.record(AuditAction.MFA_FAILED, "UserAccount", pending.userId(), null,
					"user name: " + pending.username() + "; reason: wrong or used code");
			result.rejectValue("code", "mfa.code.wrong");
			return "account/mfa-code";
		}
		this.throttle.recordSuccess(pending.username());
		String next = this.signIn.complete(request, response, pending);
		this.audit.record(outcome == Mfa.Outcome.RECOVERY_CODE ? AuditAction.MFA_RECOVERY_USED : AuditAction.MFA_OK,
				"UserAccount", pending.userId(), null, null);
		return "redirect:" + next;
	}

	@GetMapping("/login/enrol")
	String showEnrolStep(HttpSession session, Model model) {
		MfaSignIn.Pending pending = MfaSignIn.pending(session);
		if (pending == null) {
			return "redirect:/login";
		}
		if (pending.enrolSecret() == null) {
			return "redirect:/login/code";
		}
		model.addAttribute("form", MfaCodeForm.empty());
		return enrolPage(model, pending.username(), pending.enrolSecret(), "/login/enrol", true);
	}

	@PostMapping("/login/enrol")
	String enrolAtSignIn(@ModelAttribute("form") MfaCodeForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		MfaSignIn.Pending pending = MfaSignIn.pending(request.getSession(false));
		if (pending == null || pending.enrolSecret() == null) {
			return "redirect:/login";
		}
		try {
			List<String> codes = this.mfa.enrol(pending.userId(), pending.enrolSecret(), form.code());
			this.throttle.recordSuccess(pending.username());
			String next = this.signIn.complete(request, response, pending);
			model.addAttribute("codes", codes);
			model.addAttribute("next", next);
			return "account/mfa-codes";
		}
		catch (DomainException ex) {
			this.audit.record(AuditAction.MFA_FAILED, "UserAccount", pending.userId(), null, "reason: enrolment code");
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			return enrolPage(model, pending.username(), pending.enrolSecret(), "/login/enrol", true);
		}
	}

	@GetMapping("/account/mfa")
	String showAccountMfa(@AuthenticationPrincipal PortalUser user, HttpSession session, Model model) {
		model.addAttribute("form", MfaCodeForm.empty());
		if (this.mfa.enrolled(user.id())) {
			return statusPage(model, user);
		}
		return enrolPage(model, user.getUsername(), newSecret(session), "/account/mfa/enrol", false);
	}

	@PostMapping("/account/mfa/enrol")
	String enrolFromAccount(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") MfaCodeForm form,
			BindingResult result, HttpSession session, Model model) {
		String secret = newSecret(session);
		try {
			model.addAttribute("codes", this.mfa.enrol(user.id(), secret, form.code()));
			session.removeAttribute(NEW_SECRET);
			model.addAttribute("next", "/account/mfa");
			return "account/mfa-codes";
		}
		catch (DomainException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			return enrolPage(model, user.getUsername(), secret, "/account/mfa/enrol", false);
		}
	}

	@PostMapping("/account/mfa/recovery-codes")
	String renewRecoveryCodes(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") MfaCodeForm form,
			BindingResult result, Model model) {
		try {
			model.addAttribute("codes", this.mfa.renewRecoveryCodes(user.id(), form.code()));
			model.addAttribute("next", "/account/mfa");
			return "account/mfa-codes";
		}
		catch (DomainException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			model.addAttribute("failed", "renew");
			return statusPage(model, user);
		}
	}

	@PostMapping("/account/mfa/disable")
	String disable(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") MfaCodeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			this.mfa.disable(user, form.code());
			Flash.success(redirect, "mfa.disabled");
			return "redirect:/account/mfa";
		}
		catch (DomainException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			model.addAttribute("failed", "disable");
			return statusPage(model, user);
		}
	}

	private String statusPage(Model model, PortalUser user) {
		model.addAttribute("recoveryLeft", this.mfa.recoveryCodesLeft(user.id()));
		model.addAttribute("optional", !this.mfa.requiredFor(user.role()));
		return "account/mfa";
	}

	private static String enrolPage(Model model, String username, String secret, String action, boolean atSignIn) {
		model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
		model.addAttribute("qr", MfaQr.dataUri(MfaQr.link(username, secret)));
		model.addAttribute("action", action);
		model.addAttribute("atSignIn", atSignIn);
		return "account/mfa-enrol";
	}

	private static String newSecret(HttpSession session) {
		String secret = (String) session.getAttribute(NEW_SECRET);
		if (secret == null) {
			secret = Totp.newSecret();
			session.setAttribute(NEW_SECRET, secret);
		}
		return secret;
	}

}
