package vn.vieclam.portal.shared;

/**
 * What a user types in a search box, turned into a LIKE pattern for {@code fold(column) like fold(:pattern)}:
 * every word must appear, in order, with anything between ("dich vu cao bang" finds "Trung tâm Dịch vụ
 * việc làm tỉnh Cao Bằng"). Wildcards the user typed are taken literally by dropping them.
 */
public final class SearchText {

	private SearchText() {
	}

	/** The pattern, or the empty string when there is nothing to search for. */
	public static String pattern(String query) {
		if (query == null) {
			return "";
		}
		String words = query.replace("%", " ").replace("_", " ").replace("\\", " ").strip();
		return words.isEmpty() ? "" : "%" + words.replaceAll("\\s+", "%") + "%";
	}

}
