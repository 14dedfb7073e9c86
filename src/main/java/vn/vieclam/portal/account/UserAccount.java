package vn.vieclam.portal.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.vieclam.portal.shared.audit.Secret;

@Entity
@Table(name = "app_user")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String fullName;

	private String email;

	@Secret
	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Long organisationId;

	private boolean enabled = true;

	private Instant passwordChangedAt = Instant.now();

	private Instant lastLoginAt;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String fullName, String email, Role role, Long organisationId, String passwordHash) {
		this.username = username;
		this.fullName = fullName;
		this.email = email;
		this.role = role;
		this.organisationId = organisationId;
		this.passwordHash = passwordHash;
	}

	void update(String fullName, String email, Role role, Long organisationId) {
		this.fullName = fullName;
		this.email = email;
		this.role = role;
		this.organisationId = organisationId;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = Instant.now();
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	PortalUser toPrincipal() {
		return new PortalUser(this.id, this.username, this.fullName, this.role, this.organisationId, this.enabled,
				this.passwordHash);
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getFullName() {
		return this.fullName;
	}

	String getEmail() {
		return this.email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Role getRole() {
		return this.role;
	}

	Long getOrganisationId() {
		return this.organisationId;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	long getVersion() {
		return this.version;
	}

}
