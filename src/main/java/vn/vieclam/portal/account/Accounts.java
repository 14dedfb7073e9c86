package vn.vieclam.portal.account;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.reference.OrganisationKind;
import vn.vieclam.portal.reference.OrganisationRef;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.NotFoundException;
import vn.vieclam.portal.shared.SearchText;
import vn.vieclam.portal.shared.Text;
import vn.vieclam.portal.shared.Versions;

/**
 * The account module's public service: creating and changing users, their passwords and whether they
 * may sign in. Disabling a user or changing a password ends that user's sessions on every instance.
 */
@Service
@Transactional
public class Accounts {

	private static final Logger log = LoggerFactory.getLogger(Accounts.class);

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final ReferenceData reference;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final LoginThrottle throttle;

	Accounts(UserAccountRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			ReferenceData reference, FindByIndexNameSessionRepository<? extends Session> sessions,
			LoginThrottle throttle) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.reference = reference;
		this.sessions = sessions;
		this.throttle = throttle;
	}

	/** A new user. The username must be free, the password must pass the policy. */
	public Long create(NewUser user) {
		String username = user.username().strip();
		if (this.users.usernameTaken(username)) {
			throw DomainException.onField("username", "user.username.taken");
		}
		checkPassword(user.password(), username, "password");
		checkOrganisationFits(user.role(), user.organisationId());
		UserAccount account = new UserAccount(username, user.fullName().strip(), Text.blankToNull(user.email()), user.role(),
				user.organisationId(), this.passwordEncoder.encode(user.password()));
		return this.users.save(account).getId();
	}

	/** A user as the security context holds them, for work the system does on their behalf (demo data, jobs). */
	@Transactional(readOnly = true)
	public PortalUser principal(String username) {
		return find(username).toPrincipal();
	}

	/** The e-mail addresses of each organisation's enabled users (for reminders), in one query. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, java.util.List<String>> emailsByOrganisation(java.util.Collection<Long> organisationIds) {
		java.util.Map<Long, java.util.List<String>> emails = new java.util.HashMap<>();
		if (!organisationIds.isEmpty()) {
			for (Object[] row : this.users.emailsOf(organisationIds)) {
				emails.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>()).add((String) row[1]);
			}
		}
		return emails;
	}

	public boolean exists(String username) {
		return this.users.usernameTaken(username);
	}

	public boolean anyAdministrator() {
		return this.users.existsByRole(Role.ADMIN);
	}

	@Transactional(readOnly = true)
	public Page<UserRow> search(String q, Role role, Boolean enabled, Pageable pageable) {
		return this.users.search(SearchText.pattern(q), role == null ? "" : role.name(),
				enabled == null ? "" : (enabled ? "ACTIVE" : "DISABLED"), pageable);
	}

	@Transactional(readOnly = true)
	public UserDetailsView view(Long id) {
		UserAccount account = find(id);
		return new UserDetailsView(account.getId(), account.getUsername(), account.getFullName(), account.getEmail(),
				account.getRole(), account.getOrganisationId(), account.isEnabled(), account.getLastLoginAt(),
				account.getVersion());
	}

	void update(Long id, long version, String fullName, String email, Role role, Long organisationId) {
		UserAccount account = find(id);
		Versions.require(account.getVersion(), version, UserAccount.class, id);
		checkOrganisationFits(role, organisationId);
		boolean roleChanged = account.getRole() != role || !account.getOrganisationId().equals(organisationId);
		account.update(fullName.strip(), Text.blankToNull(email), role, organisationId);
		if (roleChanged) {
			// What the user may see has changed: they sign in again and get the new rights.
			endSessions(account.getUsername());
		}
	}

	void disable(Long id, String actingUsername) {
		UserAccount account = find(id);
		if (account.getUsername().equalsIgnoreCase(actingUsername)) {
			throw new DomainException("user.disable.self");
		}
		account.disable();
		endSessions(account.getUsername());
	}

	void enable(Long id) {
		find(id).enable();
	}

	/** An administrator sets a new password (told to the user out of band) and lifts any lock. */
	void resetPassword(Long id, String newPassword) {
		UserAccount account = find(id);
		checkPassword(newPassword, account.getUsername(), "password");
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.throttle.clear(account.getUsername());
		endSessions(account.getUsername());
	}

	/** A user changes their own password; their other sessions end, this one goes on. */
	void changeOwnPassword(Long id, String currentPassword, String newPassword, String keepSessionId) {
		UserAccount account = find(id);
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw DomainException.onField("currentPassword", "password.current.wrong");
		}
		checkPassword(newPassword, account.getUsername(), "newPassword");
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.sessions.findByPrincipalName(account.getUsername()).keySet().stream()
			.filter(sessionId -> !sessionId.equals(keepSessionId))
			.forEach(this.sessions::deleteById);
	}

	Optional<UserAccount> findByUsername(String username) {
		return this.users.findByUsername(username);
	}

	void recordLogin(Long id) {
		this.users.touchLastLogin(id);
	}

	private void endSessions(String username) {
		var open = this.sessions.findByPrincipalName(username);
		open.keySet().forEach(this.sessions::deleteById);
		if (!open.isEmpty()) {
			log.info("Ended {} session(s) of user id {}", open.size(), find(username).getId());
		}
	}

	private UserAccount find(String username) {
		return this.users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
	}

	private UserAccount find(Long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
	}

	private void checkPassword(String password, String username, String field) {
		this.policy.check(password, username).ifPresent(key -> {
			throw DomainException.onField(field, key, PasswordPolicy.MIN_LENGTH);
		});
	}

	/** Job-centre staff belong to a job centre, employers to an enterprise; officials to a public body. */
	private void checkOrganisationFits(Role role, Long organisationId) {
		OrganisationRef organisation = this.reference.organisation(organisationId);
		boolean fits = switch (role) {
			case JOB_CENTRE -> organisation.kind() == OrganisationKind.JOB_CENTRE;
			case EMPLOYER -> organisation.kind() == OrganisationKind.ENTERPRISE;
			case OFFICIAL -> organisation.kind() != OrganisationKind.ENTERPRISE;
			case ADMIN -> true;
		};
		if (!fits) {
			throw DomainException.onField("organisationId", "user.organisation.mismatch");
		}
	}

	/** What it takes to make a user. */
	public record NewUser(String username, String fullName, String email, Role role, Long organisationId,
			String password) {
	}

	/** A user as the administrator's form sees them. */
	public record UserDetailsView(Long id, String username, String fullName, String email, Role role,
			Long organisationId, boolean enabled, java.time.Instant lastLoginAt, long version) {
	}

}
