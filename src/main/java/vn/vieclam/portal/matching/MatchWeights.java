package vn.vieclam.portal.matching;

import java.util.List;

/**
 * How a candidate and a vacancy score out of 100: the one place the weights live. The SQL in
 * {@link MatchQueries} receives them as parameters, the pages show them, and {@link MatchExplainer} words
 * each component from the points the SQL returned, so the explanation always agrees with the score.
 *
 * <table>
 * <caption>Components</caption>
 * <tr><th>component</th><th>full</th><th>partial</th><th>rule</th></tr>
 * <tr><td>occupation</td><td>35</td><td>15</td><td>one of the candidate's occupations has the vacancy's code (35),
 * else one is in the same major group, the code's first digit (15), else 0</td></tr>
 * <tr><td>skill level</td><td>20</td><td>8</td><td>the candidate's skill level rank is at least the required one
 * (20), one rank below (8), else 0</td></tr>
 * <tr><td>place</td><td>15</td><td>—</td><td>home province is the work province (today's unit, through the
 * 2025 successor link), or the candidate is willing to relocate (15), else 0</td></tr>
 * <tr><td>wage</td><td>15</td><td>8</td><td>no desired wage, or desired ≤ the vacancy's lowest wage (15);
 * desired ≤ its highest wage (8); else 0</td></tr>
 * <tr><td>start date</td><td>10</td><td>—</td><td>no earliest start, or earliest start ≤ the vacancy's start
 * date (its closing date when it has none) (10), else 0</td></tr>
 * <tr><td>housing</td><td>5</td><td>—</td><td>the candidate does not need housing, or needs it and the vacancy
 * offers a dormitory or rent support (5), else 0</td></tr>
 * </table>
 */
final class MatchWeights {

	static final int OCCUPATION_SAME = 35;

	static final int OCCUPATION_GROUP = 15;

	static final int SKILL_MET = 20;

	static final int SKILL_ONE_BELOW = 8;

	static final int PLACE = 15;

	static final int WAGE_MET = 15;

	static final int WAGE_WITHIN_RANGE = 8;

	static final int START = 10;

	static final int HOUSING = 5;

	/** At most this many rows in a list of matches. */
	static final int LIMIT = 20;

	private MatchWeights() {
	}

	/** One component as the page shows it: its name and rule (message keys), full and partial points. */
	public record Component(String key, int full, Integer partial) {

		public String ruleKey() {
			return this.key + ".rule";
		}

	}

	static List<Component> components() {
		return List.of(new Component("matching.weight.occupation", OCCUPATION_SAME, OCCUPATION_GROUP),
				new Component("matching.weight.skill", SKILL_MET, SKILL_ONE_BELOW),
				new Component("matching.weight.place", PLACE, null), new Component("matching.weight.wage", WAGE_MET,
						WAGE_WITHIN_RANGE),
				new Component("matching.weight.start", START, null), new Component("matching.weight.housing", HOUSING, null));
	}

	static int total() {
		return OCCUPATION_SAME + SKILL_MET + PLACE + WAGE_MET + START + HOUSING;
	}

}
