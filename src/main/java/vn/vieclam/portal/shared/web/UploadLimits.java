package vn.vieclam.portal.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload over the servlet's size limits ({@code spring.servlet.multipart.*}) would otherwise end as a bare
 * 413: the container refuses the body, and the first reader of a parameter (the CSRF check) fails. This filter
 * reads the multipart body first and, when it is too large, sends the user back to the page they came from with
 * a Vietnamese message; a page that knows the flag {@value #TOO_LARGE} shows it beside its file field (the
 * import does), any other page in the layout's alert. Nothing is stored and nothing else changes, so it may run
 * before the CSRF check: it runs after the session filter and just before Spring Security's (order -100).
 */
@Component
@Order(-101)
class UploadLimits extends OncePerRequestFilter {

	/** Flash attribute set after an oversized upload: the servlet's limit in megabytes. */
	static final String TOO_LARGE = "uploadTooLarge";

	private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	private final long maxMegabytes;

	UploadLimits(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
		this.maxMegabytes = maxFileSize.toMegabytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !this.multipart.isMultipart(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			// The container parses once and keeps the parts; the dispatcher reads the same ones later.
			this.multipart.resolveMultipart(request);
		}
		catch (MaxUploadSizeExceededException ex) {
			String target = back(request);
			FlashMap flash = new FlashMap();
			flash.put("flashError", "upload.tooLarge");
			flash.put("flashArgs", new Object[] { this.maxMegabytes });
			flash.put(TOO_LARGE, this.maxMegabytes);
			flash.setTargetRequestPath(target.contains("?") ? target.substring(0, target.indexOf('?')) : target);
			this.flashMaps.saveOutputFlashMap(flash, request, response);
			response.sendRedirect(request.getContextPath() + target);
			return;
		}
		catch (MultipartException ex) {
			// Any other broken body: left to the normal handling (a 400).
		}
		chain.doFilter(request, response);
	}

	/** The page the form was on when it is one of ours (a path of this portal), else the form's own address. */
	static String back(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		String origin = request.getScheme() + "://" + request.getServerName();
		if (referer != null && referer.startsWith(origin)) {
			int path = referer.indexOf('/', origin.length());
			String target = path < 0 ? "/" : referer.substring(path + request.getContextPath().length());
			if (target.startsWith("/") && !target.startsWith("//") && !target.contains("\\")) {
				return target;
			}
		}
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
