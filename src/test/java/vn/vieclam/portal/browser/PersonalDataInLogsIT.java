package vn.vieclam.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * National ID (CCCD) and phone numbers never reach the log. Runs after the unit and MockMvc tests (failsafe, in
 * {@code verify}) and scans everything the suite logged so far ({@code target/suite-logs/suite.log}, written by
 * {@code logback-test.xml}): imports, registrations, errors, audit, sign-ins, with Vietnamese test data.
 */
class PersonalDataInLogsIT {

	static final Path SUITE_LOG = Path.of("target/suite-logs/suite.log");

	/** 12-digit CCCD numbers and Vietnamese mobile numbers (0 or +84, then 3/5/7/8/9 and eight digits), not inside longer numbers. */
	static final Pattern PERSONAL = Pattern.compile("(?<![\\d.:-])(0\\d{11}|0[35789]\\d{8}|\\+84[35789]\\d{8})(?!\\d)");

	@Test
	void theScannerFindsWhatItLooksFor() {
		assertThat(offending(List.of("INFO x : registered 020196000111", "phone 0915 000 111 no", "+84915000111 yes",
				"at 2026-12-02T10:00:00.123 id 1234567890123", "ref 0915000111.")))
			.containsExactly("INFO x : registered 020196000111", "+84915000111 yes", "ref 0915000111.");
	}

	@Test
	void theSuitesLogHoldsNoNationalIdOrPhoneNumber() throws IOException {
		Assumptions.assumeTrue(Files.exists(SUITE_LOG), "run with ./mvnw verify: the unit tests write " + SUITE_LOG);
		List<String> lines = Files.readAllLines(SUITE_LOG, StandardCharsets.UTF_8);
		assertThat(lines).as("the suite logged something to scan").hasSizeGreaterThan(50);
		assertThat(offending(lines)).as("log lines with a CCCD or phone number").isEmpty();
	}

	static List<String> offending(List<String> lines) {
		return lines.stream().filter(line -> PERSONAL.matcher(line).find()).toList();
	}

}
