package vn.vieclam.portal.employer;

/** An employer as pages and other modules see it: its record with the names of what it points at. */
public record EmployerView(Long id, Long organisationId, String name, String shortName, String taxCode,
		String sectorCode, String sectorName, String sectorNameEn, Long provinceId, String provinceName, Long communeId, String communeName,
		String address, Long industrialZoneId, String industrialZoneName, int workforceSize, String contactName,
		String contactPhone, String contactEmail, Long competentBodyId, String competentBodyName,
		Verification verification, String verificationNote, long version) {

	public boolean verified() {
		return this.verification == Verification.VERIFIED;
	}

	public String sectorName(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.sectorNameEn : this.sectorName;
	}

	public String displayName() {
		return this.shortName == null || this.shortName.isBlank() ? this.name : this.shortName;
	}

}
