package vn.vieclam.portal.indicator;

import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Indicator numbers as the plan writes them: the digits it gives (6,80 stays 6,80; 50,0 stays 50,0), a
 * decimal comma in Vietnamese, a point in English; per cent written straight after the number.
 */
@Component("indicatorText")
public class IndicatorText {

	public String number(BigDecimal value, Locale locale) {
		if (value == null) {
			return "";
		}
		String plain = value.toPlainString();
		return "vi".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
	}

	public String value(BigDecimal value, String unit, Locale locale) {
		if (value == null) {
			return "";
		}
		String n = number(value, locale);
		return unit != null && unit.startsWith("%") ? n + "%" : n;
	}

	/** Reads "82,9", "82.9" or "82,9 %" as typed; null when blank; throws NumberFormatException otherwise. */
	static BigDecimal parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip().replace("%", "").replace(" ", "").replace(',', '.');
		BigDecimal value = new BigDecimal(t);
		if (value.scale() > 4 || value.abs().compareTo(new BigDecimal("100000000")) >= 0) {
			throw new NumberFormatException(text);
		}
		return value;
	}

}
