package vn.vieclam.portal.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name in PostgreSQL (so that it holds across instances): after
 * {@code slowAfter} failures each further attempt must wait {@code slowDelay}; after {@code lockAfter}
 * failures the name is locked for {@code lockDuration}. Names that do not exist are counted the same
 * way, so the answer never tells whether an account exists.
 */
@Component
class LoginThrottle {

	enum State {

		ALLOWED, SLOWED, LOCKED

	}

	record Verdict(State state, Duration remaining) {

		static final Verdict ALLOWED = new Verdict(State.ALLOWED, Duration.ZERO);

	}

	@ConfigurationProperties("portal.security.login")
	record Settings(int slowAfter, Duration slowDelay, int lockAfter, Duration lockDuration) {
	}

	private final JdbcTemplate jdbc;

	private final Settings settings;

	LoginThrottle(JdbcTemplate jdbc, Settings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	Verdict check(String username) {
		List<Verdict> verdicts = this.jdbc.query("""
				select failures, last_failure_at, locked_until, now() as now
				from login_throttle where username_key = ?""", (rs, i) -> {
			Instant now = rs.getTimestamp("now").toInstant();
			Instant lockedUntil = rs.getTimestamp("locked_until") == null ? null
					: rs.getTimestamp("locked_until").toInstant();
			if (lockedUntil != null && lockedUntil.isAfter(now)) {
				return new Verdict(State.LOCKED, Duration.between(now, lockedUntil));
			}
			Instant last = rs.getTimestamp("last_failure_at").toInstant();
			Instant next = last.plus(this.settings.slowDelay());
			boolean recent = last.isAfter(now.minus(this.settings.lockDuration()));
			if (lockedUntil == null && recent && rs.getInt("failures") >= this.settings.slowAfter() && next.isAfter(now)) {
				return new Verdict(State.SLOWED, Duration.between(now, next));
			}
			return Verdict.ALLOWED;
		}, key(username));
		return verdicts.isEmpty() ? Verdict.ALLOWED : verdicts.get(0);
	}

	/**
	 * One more failure. The count starts again after a lock has run out or after a quiet spell as long
	 * as a lock; reaching {@code lockAfter} locks the name.
	 */
	void recordFailure(String username) {
		this.jdbc.update("""
				insert into login_throttle as t (username_key, failures, last_failure_at, locked_until)
				values (?, 1, now(), null)
				on conflict (username_key) do update set
				  failures = case when t.locked_until <= now() or t.last_failure_at < now() - make_interval(secs => ?)
				                  then 1 else t.failures + 1 end,
				  last_failure_at = now(),
				  locked_until = case when (case when t.locked_until <= now() or t.last_failure_at < now() - make_interval(secs => ?)
				                                 then 1 else t.failures + 1 end) >= ?
				                      then now() + make_interval(secs => ?) else null end""",
				key(username), seconds(this.settings.lockDuration()), seconds(this.settings.lockDuration()),
				this.settings.lockAfter(), seconds(this.settings.lockDuration()));
	}

	void recordSuccess(String username) {
		this.jdbc.update("delete from login_throttle where username_key = ?", key(username));
	}

	/** An administrator lifts a lock (after resetting the password, say). */
	void clear(String username) {
		recordSuccess(username);
	}

	private static String key(String username) {
		String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return key.length() > 60 ? key.substring(0, 60) : key;
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

}
