package vn.vieclam.portal.shared;

import java.util.Optional;

/** Vietnamese phone numbers: ten digits starting with 0 (mobile 03x/05x/07x/08x/09x, landline 02x). */
public final class Phone {

	private Phone() {
	}

	/** The number as ten digits, or empty when it is not a Vietnamese number. Accepts spaces, dots and +84. */
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
		return digits.matches("0[235789]\\d{8}") ? Optional.of(digits) : Optional.empty();
	}

	/** 0912345678 → "0912 345 678", as people write it. */
	public static String display(String digits) {
		if (digits == null || digits.length() != 10) {
			return digits;
		}
		return digits.substring(0, 4) + " " + digits.substring(4, 7) + " " + digits.substring(7);
	}

}
