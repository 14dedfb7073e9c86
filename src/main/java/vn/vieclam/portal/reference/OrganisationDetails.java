package vn.vieclam.portal.reference;

import java.time.LocalDate;

/** What an administrator may change on an organisation (references travel as ids). */
public record OrganisationDetails(String name, String shortName, OrganisationKind kind, String address, String phone,
		String email, LocalDate validFrom, LocalDate validTo, boolean active) {
}
