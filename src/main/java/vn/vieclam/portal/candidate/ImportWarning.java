package vn.vieclam.portal.candidate;

/**
 * "Someone with the same CCCD is registered at the Bắc Giang job centre", or "… as row 7 of this file": the
 * reason and where, never the other person's data. {@code otherRow} is set for a duplicate within the file,
 * {@code centre} and {@code sameCentre} for one in the registry.
 */
record ImportWarning(DuplicateReason reason, String centre, Boolean sameCentre, Integer otherRow) {

	public String messageKey() {
		if (this.otherRow != null) {
			return "import.warning.inFile";
		}
		return Boolean.TRUE.equals(this.sameCentre) ? "import.warning.sameCentre" : "import.warning.otherCentre";
	}

	public String reasonKey() {
		return "import.reason." + this.reason;
	}

	/** The message's {1}: the other row's number, or the other centre's name. */
	public String where() {
		return this.otherRow != null ? this.otherRow.toString() : this.centre;
	}

}
