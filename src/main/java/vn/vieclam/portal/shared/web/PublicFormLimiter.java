package vn.vieclam.portal.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At most so many submissions of a public form per client address and hour, counted in PostgreSQL (so the
 * limit holds across instances). Each form has its own count and its own limit (the conference's question
 * form, a job session's pre-registration); the address is stored only as a hash.
 */
@Component
public class PublicFormLimiter {

	private final JdbcTemplate jdbc;

	PublicFormLimiter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts one more submission of {@code form} and answers whether it is within {@code limit} this hour. */
	public boolean tryAcquire(String clientAddress, String form, int limit) {
		Integer hits = this.jdbc.queryForObject("""
				insert into public_form_hit as h (client_key, form, window_start, hits)
				values (?, ?, date_trunc('hour', now()), 1)
				on conflict (client_key, form, window_start) do update set hits = h.hits + 1
				returning hits""", Integer.class, hash(clientAddress), form);
		this.jdbc.update("delete from public_form_hit where window_start < now() - interval '1 day'");
		return hits != null && hits <= limit;
	}

	private static String hash(String address) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(("public-form:" + address).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
