package vn.vieclam.portal.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user: who, in which role, for which organisation. Every module scopes its reads and
 * writes by {@link #organisationId()} and {@link #role()}; it is kept in the (database-backed) session.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Long id;

	private final String username;

	private final String fullName;

	private final Role role;

	private final Long organisationId;

	private final boolean enabled;

	private String passwordHash;

	PortalUser(Long id, String username, String fullName, Role role, Long organisationId, boolean enabled,
			String passwordHash) {
		this.id = id;
		this.username = username;
		this.fullName = fullName;
		this.role = role;
		this.organisationId = organisationId;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	public Long id() {
		return this.id;
	}

	public String fullName() {
		return this.fullName;
	}

	public Role role() {
		return this.role;
	}

	public Long organisationId() {
		return this.organisationId;
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PortalUser user && user.username.equals(this.username);
	}

	@Override
	public int hashCode() {
		return this.username.hashCode();
	}

	@Override
	public String toString() {
		return "PortalUser[" + this.username + ", " + this.role + "]";
	}

}
