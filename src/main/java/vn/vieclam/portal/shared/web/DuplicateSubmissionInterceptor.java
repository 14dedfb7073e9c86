package vn.vieclam.portal.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A form submitted twice runs once. The first POST carrying a token claims it in PostgreSQL ({@code insert … on
 * conflict do nothing}, so two instances agree); when its handler answers with a redirect, the target is stored and
 * a repeat of the same token is sent there with a note that the form was already sent. A first submission that
 * did not redirect (the form came back with a message, a file was downloaded) releases its token, so the user can
 * correct and send again. A POST without the token (an API client, a test) is served as before: the token guards
 * against double clicks and reloads in a browser, CSRF still guards against forgery.
 */
@Component
class DuplicateSubmissionInterceptor implements HandlerInterceptor {

	private static final String CLAIMED = DuplicateSubmissionInterceptor.class.getName() + ".token";

	private final JdbcTemplate jdbc;

	DuplicateSubmissionInterceptor(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		if (!"POST".equals(request.getMethod())) {
			return true;
		}
		UUID token = token(request.getParameter(SubmissionTokens.FIELD));
		if (token == null) {
			return true;
		}
		String actor = actor();
		if (this.jdbc.update("insert into form_submission (token, actor) values (?, ?) on conflict do nothing", token,
				actor) == 1) {
			request.setAttribute(CLAIMED, token);
			return true;
		}
		List<String> targets = this.jdbc.queryForList(
				"select coalesce(redirect_to, '') from form_submission where token = ? and actor = ?", String.class, token,
				actor);
		String target = targets.isEmpty() || targets.get(0).isEmpty() ? null : targets.get(0);
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		if (target != null) {
			flash.put("flashSuccess", "form.alreadySubmitted");
		}
		else {
			flash.put("flashError", "form.submissionInProgress");
			target = sameSiteReferer(request);
		}
		flash.put("flashArgs", new Object[0]);
		RequestContextUtils.saveOutputFlashMap(target, request, response);
		response.sendRedirect(target);
		return false;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		if (!(request.getAttribute(CLAIMED) instanceof UUID token)) {
			return;
		}
		String location = response.getHeader("Location");
		boolean redirected = failure == null && response.getStatus() / 100 == 3 && location != null
				&& location.length() <= 2000;
		if (redirected) {
			this.jdbc.update("update form_submission set redirect_to = ? where token = ?", location, token);
		}
		else {
			this.jdbc.update("delete from form_submission where token = ?", token);
		}
	}

	/**
	 * Tokens serve for minutes; a day later they are deleted. The delete is the same whichever instance runs it
	 * first, so unlike the import clean-up no run row is needed to elect one instance.
	 */
	@Scheduled(cron = "${portal.form-submission.cleanup.cron:0 45 2 * * *}", zone = "Asia/Ho_Chi_Minh")
	void nightly() {
		deleteOlderThanADay();
	}

	int deleteOlderThanADay() {
		return this.jdbc.update("delete from form_submission where submitted_at < now() - interval '1 day'");
	}

	private static UUID token(String value) {
		if (value == null || value.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication.getName() == null ? "anonymous" : authentication.getName();
	}

	/** While the first submission is still running: back to the page the form was on, never to another site. */
	private static String sameSiteReferer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				if (uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName())) {
					String path = uri.getRawPath();
					if (path != null && path.startsWith("/") && !path.startsWith("//")) {
						return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
					}
				}
			}
			catch (IllegalArgumentException ex) {
				// not a usable address: fall through to the home page
			}
		}
		return "/";
	}

}
