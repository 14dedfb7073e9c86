package vn.vieclam.portal.delegation;

/** A person to add to a delegation, on the visiting or the host side. */
public record PersonDetails(PersonSide side, String fullName, String jobTitle, Long organisationId, MemberRole role) {
}
