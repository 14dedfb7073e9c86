package vn.vieclam.portal.vacancy;

/**
 * A search on the public board, as the URL carries it: {@code q} (with or without diacritics), province,
 * occupation group, skill level, housing provided, minimum wage, sort and page.
 */
public record BoardQuery(String q, Long province, String occupation, String skillLevel, boolean housing, Long wageMin,
		String sort, int page) {

	public static final int PAGE_SIZE = 20;

	public BoardQuery {
		q = q == null ? "" : q.strip();
		occupation = occupation == null ? "" : occupation.strip();
		skillLevel = skillLevel == null ? "" : skillLevel.strip();
		sort = "wage".equals(sort) ? "wage" : "newest";
		page = Math.max(0, page);
	}

}
