package vn.vieclam.portal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NIST SP 800-63B style: at least 8 characters, long passphrases welcome (Vietnamese included), no
 * composition rules, and passwords from a local list of common ones refused.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 256;

	private final Set<String> common = new HashSet<>();

	PasswordPolicy() {
		ClassPathResource list = new ClassPathResource("account/common-passwords.txt");
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(line -> this.common.add(normalise(line)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The message key of the first rule the password breaks, if any. */
	Optional<String> check(String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String normalised = normalise(password);
		if (this.common.contains(normalised) || (username != null && normalised.contains(normalise(username)))) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	private static String normalise(String value) {
		return Normalizer.normalize(value, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
	}

}
