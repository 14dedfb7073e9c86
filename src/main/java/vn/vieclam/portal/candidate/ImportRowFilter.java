package vn.vieclam.portal.candidate;

/** Which rows of the preview to show. */
enum ImportRowFilter {

	ALL("true"), ERRORS("has_errors"), DUPLICATES("has_warnings"), VALID("not has_errors");

	private final String condition;

	ImportRowFilter(String condition) {
		this.condition = condition;
	}

	/** A fixed SQL condition on import_row (never anything the user typed). */
	String condition() {
		return this.condition;
	}

}
