package vn.vieclam.portal.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.audit.AuditAction;
import vn.vieclam.portal.shared.audit.AuditLog;

/**
 * The second factor: a TOTP secret per user (encrypted at rest), each code accepted once (the last
 * accepted step is kept in the database, so this holds across instances), and ten one-time recovery codes
 * kept hashed. Required for administrators and officials, optional for everyone else. Nothing here
 * logs or audits a code or a secret.
 */
@Service
@Transactional
public class Mfa {

	static final int RECOVERY_CODES = 10;

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	enum Outcome {

		CODE, RECOVERY_CODE, WRONG

	}

	private final JdbcTemplate jdbc;

	private final MfaSecrets secrets;

	private final AuditLog audit;

	private final Clock clock;

	private final java.util.Set<Role> required;

	/**
	 * {@code portal.security.mfa.required-roles} is ADMIN and OFFICIAL; only the benchmarks empty it (bench/app.sh),
	 * so that scripted sign-ins need a password alone.
	 */
	Mfa(JdbcTemplate jdbc, MfaSecrets secrets, AuditLog audit,
			@org.springframework.beans.factory.annotation.Value("${portal.security.mfa.required-roles:ADMIN,OFFICIAL}") java.util.Set<Role> required) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.audit = audit;
		this.clock = Clock.systemUTC();
		this.required = required;
	}

	boolean requiredFor(Role role) {
		return this.required.contains(role);
	}

	@Transactional(readOnly = true)
	public boolean enrolled(Long userId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select mfa_enrolled_at is not null from app_user where id = ?", Boolean.class, userId));
	}

	/** After the right password: must this user give a code (or enrol) before being signed in? */
	@Transactional(readOnly = true)
	boolean secondFactorNeeded(PortalUser user) {
		return requiredFor(user.role()) || enrolled(user.id());
	}

	@Transactional(readOnly = true)
	int recoveryCodesLeft(Long userId) {
		return this.jdbc.queryForObject("select count(*) from mfa_recovery_code where user_id = ? and used_at is null",
				Integer.class, userId);
	}

	/** Confirms a new secret with a code from the app; answers the recovery codes, shown once. */
	List<String> enrol(Long userId, String secret, String code) {
		if (enrolled(userId)) {
			throw DomainException.onField("code", "mfa.already");
		}
		OptionalLong step = Totp.matchingStep(secret, clean(code), this.clock.instant());
		if (step.isEmpty()) {
			throw DomainException.onField("code", "mfa.code.wrong");
		}
		this.jdbc.update("update app_user set mfa_secret = ?, mfa_enrolled_at = now(), mfa_last_step = ? where id = ?",
				this.secrets.encrypt(secret), step.getAsLong(), userId);
		this.audit.record(AuditAction.MFA_ENROLLED, "UserAccount", userId, null, null);
		return newRecoveryCodes(userId);
	}

	/** A code from the app (once per step) or an unused recovery code (then spent). */
	Outcome check(Long userId, String code) {
		String typed = clean(code);
		if (typed.matches("\\d{6}")) {
			return acceptTotp(userId, typed) ? Outcome.CODE : Outcome.WRONG;
		}
		String recovery = typed.replace("-", "").toLowerCase(Locale.ROOT);
		if (recovery.length() == 10) {
			int spent = this.jdbc.update("""
					update mfa_recovery_code set used_at = now()
					where id = (select id from mfa_recovery_code where user_id = ? and code_hash = ? and used_at is null
					            limit 1 for update)""", userId, hash(recovery));
			if (spent == 1) {
				return Outcome.RECOVERY_CODE;
			}
		}
		return Outcome.WRONG;
	}

	/** New recovery codes (the old ones stop working), given a current code from the app. */
	List<String> renewRecoveryCodes(Long userId, String code) {
		requireCurrentCode(userId, code);
		this.audit.record(AuditAction.MFA_CODES_RENEWED, "UserAccount", userId, null, null);
		return newRecoveryCodes(userId);
	}

	/** Turns the second factor off for a user whose role does not require it, given a current code. */
	void disable(PortalUser user, String code) {
		if (requiredFor(user.role())) {
			throw DomainException.onField("code", "mfa.disable.required");
		}
		requireCurrentCode(user.id(), code);
		clear(user.id());
		this.audit.record(AuditAction.MFA_DISABLED, "UserAccount", user.id(), null, null);
	}

	/** An administrator's reset (lost phone): the user enrols again at the next sign-in. */
	void reset(Long userId) {
		clear(userId);
		this.audit.record(AuditAction.MFA_RESET, "UserAccount", userId, null, null);
	}

	/** Demo only: the demo administrators and officials not yet enrolled get the published demo secret. */
	public void enrolDemoAccounts(String secret) {
		Totp.fromBase32(secret);
		this.jdbc.update("""
				update app_user set mfa_secret = ?, mfa_enrolled_at = now()
				where role in ('ADMIN', 'OFFICIAL') and email like '%@demo.vieclam.vn' and mfa_enrolled_at is null""",
				this.secrets.encrypt(secret));
	}

	private void requireCurrentCode(Long userId, String code) {
		String typed = clean(code);
		if (!enrolled(userId) || !typed.matches("\\d{6}") || !acceptTotp(userId, typed)) {
			throw DomainException.onField("code", "mfa.code.wrong");
		}
	}

	private boolean acceptTotp(Long userId, String code) {
		String stored = this.jdbc.queryForObject("select mfa_secret from app_user where id = ?", String.class, userId);
		if (stored == null) {
			return false;
		}
		OptionalLong step = Totp.matchingStep(this.secrets.decrypt(stored), code, this.clock.instant());
		// Accept each step once, on whichever instance sees it first.
		return step.isPresent() && this.jdbc.update(
				"update app_user set mfa_last_step = ? where id = ? and coalesce(mfa_last_step, -1) < ?",
				step.getAsLong(), userId, step.getAsLong()) == 1;
	}

	private List<String> newRecoveryCodes(Long userId) {
		this.jdbc.update("delete from mfa_recovery_code where user_id = ?", userId);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
			}
			this.jdbc.update("insert into mfa_recovery_code (user_id, code_hash) values (?, ?)", userId,
					hash(code.toString()));
			codes.add(code.substring(0, 5) + "-" + code.substring(5));
		}
		return codes;
	}

	private void clear(Long userId) {
		this.jdbc.update("update app_user set mfa_secret = null, mfa_enrolled_at = null, mfa_last_step = null where id = ?",
				userId);
		this.jdbc.update("delete from mfa_recovery_code where user_id = ?", userId);
	}

	private static String clean(String code) {
		return code == null ? "" : code.replaceAll("\\s", "");
	}

	private static String hash(String code) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
