package vn.vieclam.portal.candidate;

/**
 * Why a row cannot be imported: the field (null when it concerns the whole row), a message key, and the value as
 * it was typed (the message's {0}).
 */
record ImportProblem(ImportField field, String key, String value) {

	/** Long cell contents are cut so that a message stays a sentence. */
	static ImportProblem of(ImportField field, String key, String value) {
		return new ImportProblem(field, key, value != null && value.length() > 60 ? value.substring(0, 60) + "…" : value);
	}

}
