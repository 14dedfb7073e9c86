package vn.vieclam.portal.shared;

import java.util.List;
import java.util.OptionalLong;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list whose count stops at a cap: counting every one of a quarter of a million rows costs more than
 * the page itself, and "more than 10,000" tells the reader as much. Counted with {@link #countSql}; the count shown
 * is exact up to the cap, and the pages run on as long as there are rows.
 */
public class CappedPage<T> extends PageImpl<T> {

	/** The count is exact up to this many rows. */
	public static final int COUNT_CAP = 10_000;

	private final boolean countCapped;

	/** {@code counted} is what {@link #countSql} returned for {@code pageable}. */
	public CappedPage(List<T> content, Pageable pageable, long counted) {
		super(content, pageable, counted);
		this.countCapped = counted > limitFor(pageable) - 1;
	}

	/**
	 * {@code select count(*)} of the rows {@code fromWhere} selects, but of no more than {@code limit}: a parameter
	 * (a list's {@link #limitFor}) or a number written in (the board's own cap, so that its statement keeps one plan).
	 */
	public static String countSql(String fromWhere, String limit) {
		return "select count(*) from (select 1 " + fromWhere + " limit " + limit + ") counted";
	}

	/** {@link #countSql(String, String)} with the page's {@link #limitFor} written in, so the statement keeps one plan. */
	public static String countSql(String fromWhere, Pageable pageable) {
		return countSql(fromWhere, String.valueOf(limitFor(pageable)));
	}

	/**
	 * The total, when the page itself tells it and no count is needed: a page with fewer rows than it holds is the
	 * last one (unless it is empty past the first, where the list may have shrunk since).
	 */
	public static OptionalLong totalWithoutCounting(Pageable pageable, int rowsOnPage) {
		return totalWithoutCounting(pageable, rowsOnPage, rowsOnPage < pageable.getPageSize());
	}

	/**
	 * {@link #totalWithoutCounting(Pageable, int)} for a list that knows whether rows follow this page (the board
	 * reads one row more than it shows).
	 */
	public static OptionalLong totalWithoutCounting(Pageable pageable, int rowsOnPage, boolean last) {
		return last && (rowsOnPage > 0 || pageable.getOffset() == 0)
				? OptionalLong.of(pageable.getOffset() + rowsOnPage) : OptionalLong.empty();
	}

	/** How many rows to count: one more than the cap, or than the rows up to the end of this page if that is more. */
	public static long limitFor(Pageable pageable) {
		return Math.max(COUNT_CAP, pageable.getOffset() + pageable.getPageSize()) + 1;
	}

	/** True when there are more rows than {@link #getTotalElements()} minus one says: the count stopped. */
	public boolean isCountCapped() {
		return this.countCapped;
	}

	/** The count as a reader sees it: exact, or the number it exceeds. */
	public long getShownCount() {
		return this.countCapped ? getTotalElements() - 1 : getTotalElements();
	}

}
