package vn.vieclam.portal.shared;

import org.springframework.jdbc.core.JdbcOperations;

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

	/**
	 * When {@code pattern} (from {@link #pattern}) has words: for the rest of the transaction, plans each statement
	 * for the words searched instead of reusing a plan made
	 * for any words. PostgreSQL's reused (generic) plan of {@code like :pattern} reads the trigram index whatever the
	 * words: for common ones ("cong nhan", "bao ve") it gathers 100,000–150,000 candidate rows to return 201, 240–310 ms
	 * at 1M vacancies, where the plan made for the words scans until the 201st match in 2–7 ms (EXPLAIN ANALYZE,
	 * bench/RESULTS.md); the driver's prepared statements switch to that plan after a few searches. Costs the
	 * planning: 0.5 ms for the board's count, 1.8 ms for its rows with their names (pg_stat_statements).
	 */
	public static void planForTheWords(JdbcOperations jdbc, String pattern) {
		if (!pattern.isEmpty()) {
			jdbc.execute("set local plan_cache_mode = force_custom_plan");
		}
	}

}
