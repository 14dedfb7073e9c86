package vn.vieclam.portal.matching;

import java.time.LocalDate;

import vn.vieclam.portal.vacancy.Housing;

/**
 * What the explanation needs besides the points: the two sides' values that decided each component.
 * {@code startBy} is the vacancy's start date, or its closing date when it has none.
 */
public record MatchFacts(int skillRank, int requiredRank, boolean sameProvince, boolean willingToRelocate,
		Long desiredWage, long wageMin, long wageMax, LocalDate earliestStart, LocalDate startBy, boolean needsHousing,
		Housing housing) {
}
