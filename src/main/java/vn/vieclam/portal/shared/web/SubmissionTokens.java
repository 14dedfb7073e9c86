package vn.vieclam.portal.shared.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Adds a fresh one-time token ({@value #FIELD}) to every POST form the templates render, beside the CSRF token:
 * Spring Security's own {@link RequestDataValueProcessor} is wrapped, so no template has to remember it.
 * {@link DuplicateSubmissionInterceptor} records the token when the form comes back.
 */
@Component
class SubmissionTokens implements BeanPostProcessor {

	static final String FIELD = "_submission";

	private static final String GET_FORM = SubmissionTokens.class.getName() + ".getForm";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
		if (bean instanceof RequestDataValueProcessor processor && !(bean instanceof WithToken)) {
			return new WithToken(processor);
		}
		return bean;
	}

	private record WithToken(RequestDataValueProcessor delegate) implements RequestDataValueProcessor {

		@Override
		public String processAction(HttpServletRequest request, String action, String method) {
			// Thymeleaf asks for the hidden fields right after the action, form by form; GET forms (searches) get none.
			if ("GET".equalsIgnoreCase(method)) {
				request.setAttribute(GET_FORM, Boolean.TRUE);
			}
			else {
				request.removeAttribute(GET_FORM);
			}
			return this.delegate.processAction(request, action, method);
		}

		@Override
		public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
			return this.delegate.processFormFieldValue(request, name, value, type);
		}

		@Override
		public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
			Map<String, String> fields = this.delegate.getExtraHiddenFields(request);
			if (Boolean.TRUE.equals(request.getAttribute(GET_FORM))) {
				request.removeAttribute(GET_FORM);
				return fields;
			}
			Map<String, String> withToken = new java.util.LinkedHashMap<>(fields == null ? Map.of() : fields);
			withToken.put(FIELD, UUID.randomUUID().toString());
			return withToken;
		}

		@Override
		public String processUrl(HttpServletRequest request, String url) {
			return this.delegate.processUrl(request, url);
		}

	}

}
