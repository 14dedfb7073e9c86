package vn.vieclam.portal.reference;

import java.time.LocalDate;

/** An organisation as other modules see it. */
public record OrganisationRef(Long id, String code, String name, String shortName, OrganisationKind kind,
		Long provinceId, String provinceName, LocalDate validTo, boolean active) {

	public String label() {
		return this.shortName == null || this.shortName.isBlank() ? this.name : this.shortName;
	}

}
