package vn.vieclam.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B (SHA-1 rows) and the Base32 the apps read. */
class TotpTests {

	private static final byte[] KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void theRfc6238TestVectorsComeOut() {
		assertThat(Totp.code(KEY, 59 / 30, 8)).isEqualTo("94287082");
		assertThat(Totp.code(KEY, 1111111109L / 30, 8)).isEqualTo("07081804");
		assertThat(Totp.code(KEY, 1111111111L / 30, 8)).isEqualTo("14050471");
		assertThat(Totp.code(KEY, 1234567890L / 30, 8)).isEqualTo("89005924");
		assertThat(Totp.code(KEY, 2000000000L / 30, 8)).isEqualTo("69279037");
		assertThat(Totp.code(KEY, 20000000000L / 30, 8)).isEqualTo("65353130");
	}

	@Test
	void sixDigitCodesAreTheLastSixOfTheSameNumbers() {
		assertThat(Totp.code(Totp.base32(KEY), 59 / 30)).isEqualTo("287082");
	}

	@Test
	void base32RoundTripsAsTheAppsExpect() {
		assertThat(Totp.base32(KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.fromBase32("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ")).isEqualTo(KEY);
		assertThat(Totp.fromBase32(Totp.newSecret())).hasSize(20);
	}

	@Test
	void oneStepEitherSideIsAcceptedAndNoFurther() {
		String secret = Totp.base32(KEY);
		Instant now = Instant.ofEpochSecond(1111111111L);
		long step = Totp.step(now);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now)).hasValue(step);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now)).hasValue(step + 1);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 2), now)).isEmpty();
		assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
		assertThat(Totp.matchingStep(secret, null, now)).isEmpty();
	}

}
