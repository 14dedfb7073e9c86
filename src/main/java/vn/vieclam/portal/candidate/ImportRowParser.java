package vn.vieclam.portal.candidate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.vieclam.portal.reference.CodeName;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.reference.UnitRef;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.Phone;

/**
 * Turns one row's cells into a candidate's values under a mapping, with every problem it finds (not only the
 * first), each tied to its field. The registry's own rules ({@link Candidates#check}) run again at the commit;
 * these checks give the same answers row by row without a query per row.
 */
@Component
class ImportRowParser {

	/** Day and month with or without a leading zero; strict, so 31/02/1990 is refused. */
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M} .'’-]*");

	private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;\\n/]+");

	private static final Pattern LEADING_CODE = Pattern.compile("^(\\d{1,4})\\b.*", Pattern.DOTALL);

	/** "7,5 triệu", "7.5tr", "8 trieu đồng". */
	private static final Pattern MILLIONS = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(?:trieu|tr)\\b.*");

	/** "7.500.000", "7,500,000", "7 500 000", "7500000", optionally followed by a currency. */
	private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(?:([.,\\s])\\d{3})(?:\\2\\d{3})*|\\d+)\\s*(?:d|vnd|dong)?");

	private static final Set<String> NEGOTIABLE = Set.of("thoa thuan", "theo thoa thuan", "tt", "khong yeu cau",
			"negotiable");

	private static final String FORMULA_STARTS = "=+@\t\r";

	private static final List<String> PROVINCE_PREFIXES = List.of("tinh ", "thanh pho ", "tp ");

	private static final List<String> COMMUNE_PREFIXES = List.of("xa ", "phuong ", "thi tran ", "dac khu ", "p ", "tt ",
			"x ");

	/** Skill levels as centres write them, besides the names and codes in the reference data. */
	private static final Map<String, String> SKILL_SYNONYMS = Map.of("pho thong", "UNSKILLED", "lao dong pho thong",
			"UNSKILLED", "chua qua dao tao", "UNSKILLED", "khong", "UNSKILLED", "thac si", "POSTGRADUATE", "tien si",
			"POSTGRADUATE", "sau dai hoc", "POSTGRADUATE");

	/** Priority groups as centres write them, besides the labels the portal shows. */
	private static final Map<String, PriorityGroup> PRIORITY_SYNONYMS = Map.of("ngheo", PriorityGroup.POOR_HOUSEHOLD,
			"can ngheo", PriorityGroup.NEAR_POOR_HOUSEHOLD, "dtts", PriorityGroup.ETHNIC_MINORITY, "bhtn",
			PriorityGroup.UNEMPLOYMENT_INSURANCE, "bao hiem that nghiep", PriorityGroup.UNEMPLOYMENT_INSURANCE,
			"khuyet tat", PriorityGroup.DISABILITY, "xuat ngu", PriorityGroup.DEMOBILISED_SOLDIER, "thu hoi dat",
			PriorityGroup.LAND_RECOVERED);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final ReferenceData reference;

	private final MessageSource messages;

	ImportRowParser(ReferenceData reference, MessageSource messages) {
		this.reference = reference;
		this.messages = messages;
	}

	/** The values of one row and its problems; the values of a field with a problem are null. */
	record Parsed(ImportValues values, List<ImportProblem> errors) {
	}

	/** Reference data for one file, read once (the file may have 20,000 rows). */
	Lookups lookups() {
		return new Lookups();
	}

	Parsed parse(Map<ImportField, Integer> mapping, List<Object> cells, Lookups lookups) {
		Row row = new Row(mapping, cells);
		String fullName = row.fullName();
		LocalDate birthDate = row.birthDate();
		CandidateGender gender = row.gender();
		String nationalId = row.nationalId();
		String phone = row.phone();
		UnitRef province = row.province(lookups);
		UnitRef commune = row.commune(lookups, province);
		String address = row.freeText(ImportField.ADDRESS, 255);
		String skill = row.skillLevel(lookups);
		List<String> occupations = row.occupations(lookups);
		Long wage = row.wage();
		List<PriorityGroup> groups = row.priorityGroups(lookups);
		// Rules across fields, as the registry has them.
		if (nationalId == null && phone == null && !row.failed(ImportField.NATIONAL_ID) && !row.failed(ImportField.PHONE)) {
			row.error(null, "import.error.identity", null);
		}
		if (nationalId != null) {
			Optional<String> refused = NationalId.check(nationalId, birthDate, gender);
			if (refused.isPresent()) {
				row.error(ImportField.NATIONAL_ID, refused.get(), nationalId);
				nationalId = null;
			}
		}
		ImportValues values = new ImportValues(fullName, birthDate, gender, nationalId, phone,
				province == null ? null : province.id(), province == null ? null : province.name(),
				commune == null ? null : commune.id(), commune == null ? null : commune.name(), address, skill,
				occupations, wage, groups);
		return new Parsed(values, List.copyOf(row.errors));
	}

	/** One row being read: its cells, where each field's cell is, and the problems found so far. */
	private static final class Row {

		private final Map<ImportField, Integer> mapping;

		private final List<Object> cells;

		private final List<ImportProblem> errors = new ArrayList<>();

		Row(Map<ImportField, Integer> mapping, List<Object> cells) {
			this.mapping = mapping;
			this.cells = cells;
		}

		Object cell(ImportField field) {
			Integer column = this.mapping.get(field);
			return column == null || column >= this.cells.size() ? null : this.cells.get(column);
		}

		String text(ImportField field) {
			return ImportText.text(cell(field));
		}

		void error(ImportField field, String key, String value) {
			this.errors.add(ImportProblem.of(field, key, value));
		}

		boolean failed(ImportField field) {
			return this.errors.stream().anyMatch(e -> e.field() == field);
		}

		String fullName() {
			String name = text(ImportField.FULL_NAME);
			if (name == null) {
				error(ImportField.FULL_NAME, "import.error.required", null);
				return null;
			}
			name = name.replaceAll("\\s+", " ");
			if (name.length() > 150) {
				error(ImportField.FULL_NAME, "import.error.tooLong", "150");
				return null;
			}
			if (!NAME.matcher(name).matches()) {
				error(ImportField.FULL_NAME, "import.error.fullName", name);
				return null;
			}
			return name;
		}

		LocalDate birthDate() {
			String text = text(ImportField.BIRTH_DATE);
			if (text == null) {
				return null;
			}
			LocalDate date;
			try {
				date = LocalDate.parse(text, DATE);
			}
			catch (DateTimeParseException ex) {
				error(ImportField.BIRTH_DATE, "import.error.date", text);
				return null;
			}
			if (date.getYear() < 1900 || date.isAfter(LocalDate.now(Formats.VIETNAM))) {
				error(ImportField.BIRTH_DATE, "import.error.date", text);
				return null;
			}
			if (date.isAfter(LocalDate.now(Formats.VIETNAM).minusYears(15))) {
				error(ImportField.BIRTH_DATE, "import.error.tooYoung", text);
				return null;
			}
			return date;
		}

		CandidateGender gender() {
			String text = text(ImportField.GENDER);
			if (text == null) {
				return null;
			}
			switch (ImportText.fold(text)) {
				case "nam", "male", "m":
					return CandidateGender.MALE;
				case "nu", "female", "f":
					return CandidateGender.FEMALE;
				default:
					error(ImportField.GENDER, "import.error.gender", text);
					return null;
			}
		}

		/** Twelve digits; a number cell lost the leading zeros that every CCCD has, so they are put back. */
		String nationalId() {
			Object cell = cell(ImportField.NATIONAL_ID);
			String text = ImportText.text(cell);
			if (text == null) {
				return null;
			}
			String digits = text.replaceAll("[\\s.]", "");
			if (cell instanceof Number && digits.matches("\\d{9,11}")) {
				digits = "0".repeat(12 - digits.length()) + digits;
			}
			if (!digits.matches("\\d{12}")) {
				error(ImportField.NATIONAL_ID, "nationalId.format", text);
				return null;
			}
			return digits;
		}

		/** A number cell lost the leading zero of a mobile number (912345678), so it is put back. */
		String phone() {
			Object cell = cell(ImportField.PHONE);
			String text = ImportText.text(cell);
			if (text == null) {
				return null;
			}
			String candidate = cell instanceof Number && text.matches("[35789]\\d{8}|2\\d{9}") ? "0" + text : text;
			Optional<String> phone = Phone.parse(candidate);
			if (phone.isEmpty()) {
				error(ImportField.PHONE, "import.error.phone", text);
				return null;
			}
			return phone.get();
		}

		UnitRef province(Lookups lookups) {
			String text = text(ImportField.PROVINCE);
			if (text == null) {
				error(ImportField.PROVINCE, "import.error.required", null);
				return null;
			}
			UnitRef province = lookups.province(text);
			if (province == null) {
				error(ImportField.PROVINCE, "import.error.province", text);
			}
			return province;
		}

		UnitRef commune(Lookups lookups, UnitRef province) {
			String text = text(ImportField.COMMUNE);
			if (text == null || province == null) {
				return null;
			}
			UnitRef commune = lookups.commune(province.id(), text);
			if (commune == null) {
				error(ImportField.COMMUNE, "import.error.commune", text);
			}
			return commune;
		}

		/** Free text, refused when a spreadsheet could take it for a formula when the list is exported again. */
		String freeText(ImportField field, int max) {
			String text = text(field);
			if (text == null) {
				return null;
			}
			if (text.length() > max) {
				error(field, "import.error.tooLong", String.valueOf(max));
				return null;
			}
			if (FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
				error(field, "import.error.formula", text);
				return null;
			}
			return text;
		}

		String skillLevel(Lookups lookups) {
			String text = text(ImportField.SKILL_LEVEL);
			if (text == null) {
				error(ImportField.SKILL_LEVEL, "import.error.required", null);
				return null;
			}
			String code = lookups.skillLevel(text);
			if (code == null) {
				error(ImportField.SKILL_LEVEL, "import.error.skillLevel", text);
			}
			return code;
		}

		/** VSCO codes, several separated by commas or semicolons; "82 - Thợ lắp ráp" is read as 82. */
		List<String> occupations(Lookups lookups) {
			String text = text(ImportField.OCCUPATIONS);
			if (text == null) {
				return List.of();
			}
			Set<String> codes = new LinkedHashSet<>();
			for (String token : LIST_SEPARATOR.split(text)) {
				String item = token.strip();
				if (item.isEmpty()) {
					continue;
				}
				Matcher code = LEADING_CODE.matcher(item);
				if (!code.matches() || !lookups.occupationCodes.contains(code.group(1))) {
					error(ImportField.OCCUPATIONS, "import.error.occupation", item);
					return List.of();
				}
				codes.add(code.group(1));
			}
			return List.copyOf(codes);
		}

		/**
		 * "7.500.000", "7,5 triệu" or a number cell; whole đồng, between 100.000 and 1.000.000.000. "Thỏa thuận"
		 * (to be agreed), as lists often say, is no amount and no error.
		 */
		Long wage() {
			Object cell = cell(ImportField.DESIRED_WAGE);
			String text = ImportText.text(cell);
			if (text == null || NEGOTIABLE.contains(ImportText.headerKey(text))) {
				return null;
			}
			BigDecimal amount = null;
			if (cell instanceof Number number) {
				amount = new BigDecimal(number.toString());
			}
			else {
				String folded = ImportText.fold(text).replace("₫", "d").replace("vnđ", "vnd");
				Matcher millions = MILLIONS.matcher(folded);
				Matcher plain = AMOUNT.matcher(folded);
				if (millions.matches()) {
					amount = new BigDecimal(millions.group(1).replace(',', '.')).multiply(BigDecimal.valueOf(1_000_000));
				}
				else if (plain.matches()) {
					amount = new BigDecimal(plain.group(1).replaceAll("[.,\\s]", ""));
				}
			}
			if (amount == null || amount.compareTo(BigDecimal.valueOf(100_000)) < 0
					|| amount.compareTo(BigDecimal.valueOf(1_000_000_000)) > 0) {
				error(ImportField.DESIRED_WAGE, "import.error.wage", text);
				return null;
			}
			return amount.longValue();
		}

		List<PriorityGroup> priorityGroups(Lookups lookups) {
			String text = text(ImportField.PRIORITY_GROUPS);
			if (text == null) {
				return List.of();
			}
			Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
			for (String token : LIST_SEPARATOR.split(text)) {
				String item = token.strip();
				if (item.isEmpty()) {
					continue;
				}
				PriorityGroup group = lookups.priorityGroup(item);
				if (group == null) {
					error(ImportField.PRIORITY_GROUPS, "import.error.priority", item);
					return List.of();
				}
				groups.add(group);
			}
			return List.copyOf(groups);
		}

	}

	/**
	 * Today's provinces and communes by folded name, the pre-2025 provinces followed to today's, skill levels,
	 * occupations and priority groups.
	 */
	final class Lookups {

		private final Map<String, UnitRef> provinces = new HashMap<>();

		private final Map<String, Long> formerProvinces = new HashMap<>();

		private final Map<Long, UnitRef> successors = new HashMap<>();

		private final Map<Long, Map<String, UnitRef>> communes = new HashMap<>();

		private final Map<String, String> skills = new HashMap<>();

		private final Set<String> occupationCodes = new HashSet<>();

		private final Map<String, PriorityGroup> priorities = new HashMap<>();

		Lookups() {
			LocalDate today = LocalDate.now(Formats.VIETNAM);
			for (UnitRef province : ImportRowParser.this.reference.provinces(today)) {
				this.provinces.put(unitKey(province.name(), PROVINCE_PREFIXES), province);
			}
			// Before the 2025 mergers: 63 provinces on 30 June 2025 (and Thừa Thiên Huế until the end of 2024).
			for (LocalDate day : List.of(LocalDate.of(2025, 6, 30), LocalDate.of(2024, 12, 31))) {
				for (UnitRef province : ImportRowParser.this.reference.provinces(day)) {
					this.formerProvinces.putIfAbsent(unitKey(province.name(), PROVINCE_PREFIXES), province.id());
				}
			}
			for (UnitRef commune : ImportRowParser.this.reference.communesToday()) {
				this.communes.computeIfAbsent(commune.parentId(), id -> new HashMap<>())
					.putIfAbsent(unitKey(commune.name(), COMMUNE_PREFIXES), commune);
			}
			for (CodeName level : ImportRowParser.this.reference.skillLevels()) {
				this.skills.put(ImportText.headerKey(level.nameVi()), level.code());
				this.skills.put(ImportText.headerKey(level.nameEn()), level.code());
				this.skills.put(ImportText.headerKey(level.code()), level.code());
			}
			SKILL_SYNONYMS.forEach(this.skills::putIfAbsent);
			ImportRowParser.this.reference.occupations().forEach(o -> this.occupationCodes.add(o.code()));
			for (PriorityGroup group : PriorityGroup.values()) {
				this.priorities.put(ImportText.headerKey(group.name().replace('_', ' ')), group);
				for (Locale locale : List.of(VIETNAMESE, Locale.ENGLISH)) {
					String label = ImportRowParser.this.messages.getMessage("candidate.priority." + group, null, null,
							locale);
					if (label != null) {
						this.priorities.put(ImportText.headerKey(label), group);
					}
				}
			}
			PRIORITY_SYNONYMS.forEach(this.priorities::putIfAbsent);
		}

		/** Today's province by name; a former province's name gives the province it is part of today. */
		UnitRef province(String text) {
			String key = unitKey(text, PROVINCE_PREFIXES);
			UnitRef today = this.provinces.get(key);
			if (today != null) {
				return today;
			}
			Long former = this.formerProvinces.get(key);
			return former == null ? null
					: this.successors.computeIfAbsent(former, ImportRowParser.this.reference::currentUnit);
		}

		UnitRef commune(Long provinceId, String text) {
			return this.communes.getOrDefault(provinceId, Map.of()).get(unitKey(text, COMMUNE_PREFIXES));
		}

		String skillLevel(String text) {
			return this.skills.get(ImportText.headerKey(text));
		}

		PriorityGroup priorityGroup(String text) {
			return this.priorities.get(ImportText.headerKey(text));
		}

	}

	/** "Tỉnh Lạng Sơn", "TP. Hà Nội", "Bà Rịa - Vũng Tàu" → "lang son", "ha noi", "ba ria vung tau". */
	private static String unitKey(String name, List<String> prefixes) {
		String key = ImportText.headerKey(name);
		for (String prefix : prefixes) {
			if (key.startsWith(prefix) && key.length() > prefix.length()) {
				return key.substring(prefix.length());
			}
		}
		return key;
	}

}
