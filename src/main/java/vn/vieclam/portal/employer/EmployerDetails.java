package vn.vieclam.portal.employer;

/** An enterprise's business details, validated and normalised (the tax code with its hyphen, phone as digits). */
public record EmployerDetails(String name, String taxCode, String sectorCode, Long provinceId, Long communeId, String address,
		Long industrialZoneId, int workforceSize, String contactName, String contactPhone, String contactEmail) {
}
