package vn.vieclam.portal.shared.web;

import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Every error page carries a short reference; the stack trace goes only to the log, under that
 * reference, so support can find it without the user ever seeing it.
 */
@Component
class ErrorPages extends DefaultErrorAttributes {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		attributes.put("reference", reference);
		Throwable error = getError(request);
		Object status = attributes.get("status");
		if (error != null && status instanceof Integer code && code >= 500) {
			log.error("Request failed, reference {} (path {})", reference, attributes.get("path"), error);
		}
		attributes.remove("trace");
		attributes.remove("exception");
		attributes.remove("message");
		attributes.remove("errors");
		return attributes;
	}

}
