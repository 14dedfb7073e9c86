package vn.vieclam.portal.conference;

import org.springframework.validation.BindingResult;

import vn.vieclam.portal.shared.DomainException;

/** A domain refusal shown beside its field, or above the form when it belongs to none. */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult result, DomainException ex) {
		if (ex.field() == null) {
			result.reject(ex.messageKey(), ex.arguments(), null);
		}
		else {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
		}
	}

}
