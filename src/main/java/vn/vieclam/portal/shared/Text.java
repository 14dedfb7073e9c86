package vn.vieclam.portal.shared;

/** Small helpers for what users type. */
public final class Text {

	private Text() {
	}

	/** Trimmed text, or null when the user left the field empty. */
	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
