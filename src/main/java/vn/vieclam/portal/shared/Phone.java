package vn.vieclam.portal.shared;

import java.util.Optional;

/** Vietnamese phone numbers: mobiles are ten digits (03x, 05x, 07x, 08x, 09x), landlines eleven (02xx + 7). */
public final class Phone {

	private Phone() {
	}

	/** The number as digits, or empty when it is not a Vietnamese number. Accepts spaces, dots and +84. */
	public static Optional<String> parse(String input) {
		if (input == null) {
			return Optional.empty();
		}
		String digits = input.replaceAll("[\\s.()-]", "");
		if (digits.startsWith("+84")) {
			digits = "0" + digits.substring(3);
		}
		else if (digits.startsWith("84") && digits.length() == 11) {
			digits = "0" + digits.substring(2);
		}
		return digits.matches("0[35789]\\d{8}|02\\d{9}") ? Optional.of(digits) : Optional.empty();
	}

	/** 0912345678 → "0912 345 678", 02043661234 → "0204 3661 234", as people write them. */
	public static String display(String digits) {
		if (digits == null) {
			return null;
		}
		if (digits.length() == 10) {
			return digits.substring(0, 4) + " " + digits.substring(4, 7) + " " + digits.substring(7);
		}
		if (digits.length() == 11) {
			return digits.substring(0, 4) + " " + digits.substring(4, 8) + " " + digits.substring(8);
		}
		return digits;
	}

}
