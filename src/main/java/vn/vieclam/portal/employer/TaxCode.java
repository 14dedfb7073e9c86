package vn.vieclam.portal.employer;

import java.util.Optional;

/**
 * A Vietnamese enterprise tax code (mã số thuế): ten digits whose last is a check digit, or thirteen for a
 * branch (the parent's ten, a hyphen, three digits 001–999). Written with the hyphen: {@code 2400123456-001}.
 */
public final class TaxCode {

	private static final int[] WEIGHTS = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };

	private TaxCode() {
	}

	/** The normalised code, or empty when the input is not a valid tax code. */
	public static Optional<String> parse(String input) {
		if (input == null) {
			return Optional.empty();
		}
		String digits = input.replaceAll("[\\s.-]", "");
		if (!digits.matches("\\d{10}|\\d{13}")) {
			return Optional.empty();
		}
		if (!checkDigitOk(digits.substring(0, 10))) {
			return Optional.empty();
		}
		if (digits.length() == 13) {
			if (digits.endsWith("000")) {
				return Optional.empty();
			}
			return Optional.of(digits.substring(0, 10) + "-" + digits.substring(10));
		}
		return Optional.of(digits);
	}

	/** The check digit for nine digits, or -1 when no valid code starts with them. */
	public static int checkDigit(String nineDigits) {
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (nineDigits.charAt(i) - '0') * WEIGHTS[i];
		}
		int check = 10 - (sum % 11);
		return check == 10 ? -1 : (check == 11 ? 0 : check);
	}

	private static boolean checkDigitOk(String ten) {
		int expected = checkDigit(ten.substring(0, 9));
		return expected >= 0 && expected == ten.charAt(9) - '0';
	}

}
