package vn.vieclam.portal.candidate;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How an import compares what centres type with the portal's names: Vietnamese diacritics and case dropped,
 * as PostgreSQL's {@code fold()} does, so "Lang Son", "LẠNG SƠN" and "Lạng Sơn" are one province.
 */
final class ImportText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private ImportText() {
	}

	/** Lower case, no diacritics (đ becomes d), single spaces, trimmed. */
	static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("").toLowerCase(java.util.Locale.ROOT).strip()
			.replaceAll("\\s+", " ");
	}

	/** A header as a key: folded, with punctuation such as "(*)", "/" or ":" turned into single spaces. */
	static String headerKey(String header) {
		return NOT_WORD.matcher(fold(header)).replaceAll(" ").strip();
	}

	/** A cell as text: strings trimmed, whole numbers without ".0", blank cells as null. */
	static String text(Object cell) {
		if (cell == null) {
			return null;
		}
		String text;
		if (cell instanceof BigDecimal number) {
			text = number.stripTrailingZeros().toPlainString();
		}
		else if (cell instanceof Double || cell instanceof Float) {
			text = BigDecimal.valueOf(((Number) cell).doubleValue()).stripTrailingZeros().toPlainString();
		}
		else {
			text = cell.toString();
		}
		text = text.replace('\u00a0', ' ').strip();
		return text.isEmpty() ? null : text;
	}

}
