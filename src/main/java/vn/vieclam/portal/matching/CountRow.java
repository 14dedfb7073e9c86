package vn.vieclam.portal.matching;

/**
 * A centre's yearly counts for one home province (today's unit), or the total when {@code provinceName}
 * is null: distinct people counselled, introduced (referred) and placed (hired) that year.
 */
public record CountRow(String provinceName, long counselled, long introduced, long placed) {

	public boolean total() {
		return this.provinceName == null;
	}

}
