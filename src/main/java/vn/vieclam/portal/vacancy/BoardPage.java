package vn.vieclam.portal.vacancy;

import java.util.List;

/**
 * A page of the board. The total is counted up to a cap (a worker needs "more than 1,000", not an exact
 * figure that costs a full scan at a million rows); {@code hasNext} comes from fetching one row more.
 */
public record BoardPage(List<BoardRow> rows, int page, boolean hasNext, long total, boolean totalCapped) {

	public static final int COUNT_CAP = 200;

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

}
