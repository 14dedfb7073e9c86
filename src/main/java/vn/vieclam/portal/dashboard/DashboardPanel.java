package vn.vieclam.portal.dashboard;

import java.util.List;

/**
 * One figure of the dashboard, everything the page, the chart and the Excel export need: a title (message
 * key and arguments), the label column's header and the value columns' headers (message keys), the rows,
 * and the list behind the whole figure. The page draws it with {@code dashboard/panels :: panel(p)}; the
 * chart is drawn from the table by {@code /js/dashboard.js}, so a figure without JavaScript is the table.
 *
 * @param key URL-safe name, used in the export's address {@code /dashboard/{key}.xlsx} and as the element id
 * @param chart {@code bar}, {@code horizontal}, {@code line}, {@code doughnut} or {@code none}
 * @param link the filtered list behind the figure, or null when there is none
 */
public record DashboardPanel(String key, String titleKey, List<Object> titleArgs, String chart, String labelKey,
		List<String> columnKeys, List<Row> rows, String link, String noteKey) {

	/**
	 * One row: its label, one cell per value column (a {@link Number} is charted and exported as a number;
	 * anything else is shown as text), the list behind the row (or null), and an optional status word that
	 * the page shows as a coloured badge ({@code success}, {@code info}, {@code warning}, {@code danger},
	 * {@code secondary}) next to the label.
	 */
	public record Row(String label, List<Object> cells, String link, String badge, String badgeKey) {

		public static Row of(String label, String link, Object... cells) {
			return new Row(label, List.of(cells), link, null, null);
		}

		/** The cells as the table shows them: numbers are charted (and right-aligned), text is not. */
		public List<Cell> view() {
			return this.cells.stream().map(c -> new Cell(c, c instanceof Number)).toList();
		}

	}

	/** One table cell: its value, and whether it is a number (charted, exported as a number). */
	public record Cell(Object value, boolean number) {
	}

	public boolean empty() {
		return this.rows.isEmpty();
	}

	public boolean charted() {
		return !"none".equals(this.chart) && !this.rows.isEmpty();
	}

}
