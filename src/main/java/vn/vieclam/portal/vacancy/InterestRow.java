package vn.vieclam.portal.vacancy;

import java.time.Instant;

/** A worker's expression of interest as the job centre's inbox shows it. */
public record InterestRow(Long id, Long vacancyId, String vacancyTitle, String employerName, String fullName,
		String phone, Long homeProvinceId, String homeProvinceName, Long homeCommuneId, String homeCommuneName,
		String homeCommuneText, String message, Instant consentAt, String consentNotice, String status,
		Instant createdAt) {
}
