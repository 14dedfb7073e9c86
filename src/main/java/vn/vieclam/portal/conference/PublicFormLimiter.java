package vn.vieclam.portal.conference;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At most {@code limit} submissions of a public form per client address and hour, counted in PostgreSQL
 * (so the limit holds across instances). The address is stored only as a hash.
 */
@Component
class PublicFormLimiter {

	private final JdbcTemplate jdbc;

	private final int limit;

	PublicFormLimiter(JdbcTemplate jdbc, @Value("${portal.conference.questions-per-hour:10}") int limit) {
		this.jdbc = jdbc;
		this.limit = limit;
	}

	/** Counts one more submission and answers whether it is within the limit. */
	boolean tryAcquire(String clientAddress, String form) {
		Integer hits = this.jdbc.queryForObject("""
				insert into public_form_hit as h (client_key, form, window_start, hits)
				values (?, ?, date_trunc('hour', now()), 1)
				on conflict (client_key, form, window_start) do update set hits = h.hits + 1
				returning hits""", Integer.class, hash(clientAddress), form);
		this.jdbc.update("delete from public_form_hit where window_start < now() - interval '1 day'");
		return hits != null && hits <= this.limit;
	}

	private static String hash(String address) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(("conference-form:" + address).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
