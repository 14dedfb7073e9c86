package vn.vieclam.portal.account;

import java.time.Instant;

/** One line of the administrators' user list. */
public interface UserRow {

	Long getId();

	String getUsername();

	String getFullName();

	String getRole();

	String getOrganisationName();

	boolean isEnabled();

	Instant getLastLoginAt();

}
