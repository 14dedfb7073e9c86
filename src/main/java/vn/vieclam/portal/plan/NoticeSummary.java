package vn.vieclam.portal.plan;

import java.time.LocalDate;

/** A notice as its source's page lists it, with how many commitments it has and how many are overdue. */
public record NoticeSummary(Long id, String number, LocalDate issuedOn, String issuerName, String signer,
		long commitments, long overdue, long done) {
}
