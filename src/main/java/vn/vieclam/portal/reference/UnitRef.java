package vn.vieclam.portal.reference;

import java.time.LocalDate;

/** An administrative unit as other modules see it. */
public record UnitRef(Long id, String code, String name, UnitLevel level, UnitKind kind, Long parentId,
		String parentName, LocalDate validFrom, LocalDate validTo, Long successorId, String successorName) {

	public boolean validOn(LocalDate date) {
		return (this.validFrom == null || !date.isBefore(this.validFrom))
				&& (this.validTo == null || !date.isAfter(this.validTo));
	}

}
