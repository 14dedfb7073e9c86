package vn.vieclam.portal.candidate;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The citizen identity number (CCCD): twelve digits — the three-digit code of the province of birth
 * registration, one digit for gender and century (0/1 male/female born 1900–1999, 2/3 born 2000–2099,
 * 4/5 2100–2199), two digits of the birth year, and six random digits.
 */
public final class NationalId {

	/** Province codes in use on CCCD numbers (the 63 pre-2025 provinces). */
	private static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014",
			"015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037",
			"038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064",
			"066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089",
			"091", "092", "093", "094", "095", "096");

	private NationalId() {
	}

	/** The reason the number is refused, as a message key, or empty when it is valid for this person. */
	public static Optional<String> check(String id, LocalDate birthDate, CandidateGender gender) {
		if (id == null || !id.matches("\\d{12}")) {
			return Optional.of("nationalId.format");
		}
		if (!PROVINCES.contains(id.substring(0, 3))) {
			return Optional.of("nationalId.province");
		}
		int code = id.charAt(3) - '0';
		if (code > 5) {
			return Optional.of("nationalId.century");
		}
		if (birthDate != null) {
			int century = 1900 + (code / 2) * 100;
			int year = century + Integer.parseInt(id.substring(4, 6));
			if (year != birthDate.getYear()) {
				return Optional.of("nationalId.birthYear");
			}
		}
		if (gender != null && (code % 2 == 0) != (gender == CandidateGender.MALE)) {
			return Optional.of("nationalId.gender");
		}
		return Optional.empty();
	}

}
