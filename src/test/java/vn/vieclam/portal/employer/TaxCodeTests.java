package vn.vieclam.portal.employer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaxCodeTests {

	/** 010010112 → weights 31·0+29·1+23·0+19·0+17·1+13·0+7·1+5·1+3·2 = 64; 64 mod 11 = 9; 10 − 9 = 1. */
	@Test
	void theCheckDigitFollowsTheWeights() {
		assertThat(TaxCode.checkDigit("010010112")).isEqualTo(1);
		assertThat(TaxCode.parse("0100101121")).contains("0100101121");
	}

	@Test
	void aWrongCheckDigitIsRefused() {
		assertThat(TaxCode.parse("0100101122")).isEmpty();
	}

	@Test
	void branchesHaveThirteenDigitsWrittenWithAHyphen() {
		assertThat(TaxCode.parse("0100101121-001")).contains("0100101121-001");
		assertThat(TaxCode.parse("0100101121 001")).contains("0100101121-001");
		assertThat(TaxCode.parse("0100101121001")).contains("0100101121-001");
		assertThat(TaxCode.parse("0100101121-000")).isEmpty();
		assertThat(TaxCode.parse("0100101122-001")).isEmpty();
	}

	@Test
	void otherLengthsAndLettersAreRefused() {
		assertThat(TaxCode.parse("010010112")).isEmpty();
		assertThat(TaxCode.parse("01001011211")).isEmpty();
		assertThat(TaxCode.parse("01001O1121")).isEmpty();
		assertThat(TaxCode.parse(null)).isEmpty();
	}

	@Test
	void prefixesWhoseCheckWouldBeTenHaveNoValidCode() {
		// A prefix whose weighted sum is 0 mod 11 would need the digit 10.
		String prefix = findPrefixWithRemainderZero();
		assertThat(TaxCode.checkDigit(prefix)).isEqualTo(-1);
		for (int d = 0; d <= 9; d++) {
			assertThat(TaxCode.parse(prefix + d)).isEmpty();
		}
	}

	private static String findPrefixWithRemainderZero() {
		for (int n = 240_000_000; ; n++) {
			String candidate = String.valueOf(n);
			int[] w = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };
			int sum = 0;
			for (int i = 0; i < 9; i++) {
				sum += (candidate.charAt(i) - '0') * w[i];
			}
			if (sum % 11 == 0) {
				return candidate;
			}
		}
	}

}
