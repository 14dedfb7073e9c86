package vn.vieclam.portal.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links that keep what the user chose: {@code ${@urls.page(2)}} keeps every filter and changes the page;
 * {@code ${@urls.lang('en')}} keeps the page and switches the language.
 */
@Component("urls")
public class Urls {

	public String page(int page) {
		return withParam("page", String.valueOf(page));
	}

	public String lang(String lang) {
		return withParam("lang", lang);
	}

	/** The current path (for marking the active navigation link). */
	public String path() {
		HttpServletRequest request = request();
		return request == null ? "/" : pathOf(request);
	}

	private String withParam(String name, String value) {
		HttpServletRequest request = request();
		if (request == null || request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
			return "/?" + name + "=" + value;
		}
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(pathOf(request)).query(request.getQueryString());
		return builder.replaceQueryParam(name, value).build().toUriString();
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static HttpServletRequest request() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

}
