package vn.vieclam.portal.plan;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What /tasks lists: {@code scopeOrganisation} is the user's own organisation for non-officials (with the bodies
 * it succeeded), null for officials; the others are the officials' filters.
 */
public record ItemFilter(Long scopeOrganisation, Long organisationId, ItemStatus status, Long planId, YearMonth month,
		ItemKind kind, LocalDate today) {

	public static ItemFilter all(LocalDate today) {
		return new ItemFilter(null, null, null, null, null, null, today);
	}

}
