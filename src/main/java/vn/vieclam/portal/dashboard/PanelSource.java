package vn.vieclam.portal.dashboard;

import java.util.Locale;

/**
 * A source of one dashboard figure. To add a figure, add one {@code @Component} implementing this in the
 * dashboard package that calls a public read method (one SQL statement) of the module it shows; the page
 * and the Excel export pick it up by itself, in {@link #order()}.
 */
public interface PanelSource {

	/** URL-safe and unique: the figure's id on the page and its export's address. */
	String key();

	/** Where the figure stands on the page, smallest first. */
	int order();

	/**
	 * The figure for the year the official picked on the dashboard ({@code ?year=}, default this year); a
	 * figure that is not {@link #perYear()} (what is open now, what is registered now) ignores it.
	 */
	DashboardPanel panel(int year, Locale locale);

	/** Whether the figure follows the dashboard's chosen year (and is cached per year). */
	default boolean perYear() {
		return false;
	}

	/**
	 * Whether the figure may be shown up to {@code portal.dashboard.cache-ttl} old ({@link PanelCache}): true for
	 * the aggregates over whole big tables, false for figures an official changes from the dashboard's own links.
	 */
	default boolean cacheable() {
		return false;
	}

}
