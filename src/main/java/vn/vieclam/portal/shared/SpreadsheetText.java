package vn.vieclam.portal.shared;

/** Text written into exported spreadsheets. */
public final class SpreadsheetText {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SpreadsheetText() {
	}

	/**
	 * Text a spreadsheet cannot mistake for a formula: {@code =1+1} becomes {@code '=1+1}. Names, addresses and
	 * notes are user text, and an export must never run what someone typed (CSV/formula injection).
	 */
	public static String neutralised(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

}
