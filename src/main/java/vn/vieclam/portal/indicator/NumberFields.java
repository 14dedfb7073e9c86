package vn.vieclam.portal.indicator;

import java.math.BigDecimal;

import org.springframework.validation.BindingResult;

/** The register and indicator forms' number fields: read as typed, each mistake rejected on its own field. */
final class NumberFields {

	/** Ranks are among the provinces: 63 until the 2025 merger, 34 after. */
	static final int LAST_RANK = 63;

	private NumberFields() {
	}

	static String text(BigDecimal value) {
		return value == null ? "" : value.toPlainString().replace('.', ',');
	}

	static BigDecimal decimal(String text, BigDecimal min, BigDecimal max, String field, String rangeKey,
			boolean required, BindingResult result) {
		if (text == null || text.isBlank()) {
			if (required) {
				result.rejectValue(field, "indicator.form.required");
			}
			return null;
		}
		BigDecimal value;
		try {
			value = IndicatorText.parse(text);
		}
		catch (NumberFormatException ex) {
			// a field with a range says the range and an example in its own terms ("from 0 to 10, e.g. 6,85")
			result.rejectValue(field, min != null || max != null ? rangeKey : "indicator.value.invalid");
			return null;
		}
		if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
			result.rejectValue(field, rangeKey);
			return null;
		}
		return value;
	}

	static Integer rank(String text, String field, BindingResult result) {
		return whole(text, 1, LAST_RANK, field, "indicator.form.rank.invalid", new Object[] { LAST_RANK }, false, result);
	}

	static Integer whole(String text, int min, int max, String field, String key, Object[] args, boolean required,
			BindingResult result) {
		if (text == null || text.isBlank()) {
			if (required) {
				result.rejectValue(field, key, args, null);
			}
			return null;
		}
		String t = text.strip();
		if (!t.matches("\\d{1,4}") || Integer.parseInt(t) < min || Integer.parseInt(t) > max) {
			result.rejectValue(field, key, args, null);
			return null;
		}
		return Integer.parseInt(t);
	}

}
