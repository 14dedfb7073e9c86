package vn.vieclam.portal.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.TestUsers;

/**
 * An import's commit registers its rows a thousand at a time: what it writes is what registering them one by one
 * writes, and a row the registry refuses in a later chunk still leaves nothing behind.
 */
@PortalTest
class ImportBulkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Candidates candidates;

	@Autowired
	Accounts accounts;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	EntityManager entityManager;

	@Test
	void registeringTogetherWritesWhatRegisteringOneByOneWrites() {
		PortalUser staff = this.accounts.principal("centre-ls");
		// Already in the registry, at another centre: the fifth one is the same phone.
		Long existing = this.candidates.register(this.accounts.principal("centre-bg"),
				details("Đinh Thị Lan", LocalDate.of(1990, 2, 2), CandidateGender.FEMALE, null, "0388007981", 224L, null,
						Set.of(), List.of()),
				new Consent(true, false, Consent.CURRENT_NOTICE), "CENTRE").id();
		List<CandidateDetails> list = List.of(
				details("Lý Văn Thành", LocalDate.of(1995, 5, 12), CandidateGender.MALE, "020095007311", "0339007311",
						114L, 290041L, Set.of(PriorityGroup.ETHNIC_MINORITY), List.of("81", "72")),
				details("Nông Thị Bích", LocalDate.of(2001, 11, 3), CandidateGender.FEMALE, "020301007322", null, 224L,
						290001L, Set.of(PriorityGroup.POOR_HOUSEHOLD, PriorityGroup.ETHNIC_MINORITY), List.of("93")),
				// The same folded name and birth date as the first; then the first's CCCD and phone again.
				details("Ly Van Thanh", LocalDate.of(1995, 5, 12), CandidateGender.MALE, null, "0339007399", 114L, null,
						Set.of(), List.of()),
				details("Hà Văn Bảy", null, CandidateGender.MALE, "020095007311", "0339007311", 114L, null, Set.of(),
						List.of("72")),
				details("Đinh Thị Lan", LocalDate.of(1990, 2, 2), CandidateGender.FEMALE, null, "0388007981", 114L, null,
						Set.of(), List.of()));
		Consent consent = new Consent(true, true, Consent.CURRENT_NOTICE);

		List<String> oneByOne = written(() -> {
			List<Long> ids = new ArrayList<>();
			for (CandidateDetails d : list) {
				ids.add(this.candidates.register(staff, d, consent, "IMPORT").id());
			}
			this.entityManager.flush(); // the occupations, which Hibernate writes at the flush
			return ids;
		});
		List<String> together = written(() -> this.candidates.registerAll(staff, list, consent, "IMPORT", null));

		assertThat(together).isEqualTo(oneByOne);
		// And the comparison is about something: the flags one by one raises are there.
		assertThat(oneByOne).contains("flag #2 → #0 NAME_BIRTH_DATE", "flag #3 → #0 NATIONAL_ID",
				"flag #4 → " + existing + " PHONE")
			.noneMatch(line -> line.startsWith("flag #0"));
	}

	@Test
	void aRowTheRegistryRefusesInALaterChunkLeavesNothingBehind() throws Exception {
		StringBuilder csv = new StringBuilder("Họ và tên;Ngày sinh;Giới tính;Số CCCD;Số điện thoại;Tỉnh;Trình độ\n");
		for (int i = 0; i < 1_205; i++) {
			csv.append("Lò Văn ").append(letters(i)).append(";01/01/1990;Nam;")
				.append(String.format("020090%06d", 810_000 + i)).append(';')
				.append(String.format("038%07d", 8_100_000 + i)).append(";Lạng Sơn;Sơ cấp\n");
		}
		int before = this.jdbc.queryForObject("select count(*) from candidate", Integer.class);
		String location = this.mvc.perform(multipart("/candidates/import")
				.file(new MockMultipartFile("file", "lon.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
				.param("consentProcessing", "true").with(as("centre-ls")).with(csrf()))
			.andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		Long id = Long.valueOf(location.split("/")[3]);
		this.mvc.perform(post("/candidates/import/" + id + "/mapping").param("FULL_NAME", "0").param("BIRTH_DATE", "1")
				.param("GENDER", "2").param("NATIONAL_ID", "3").param("PHONE", "4").param("PROVINCE", "5")
				.param("SKILL_LEVEL", "6").with(as("centre-ls")).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForMap("select status, valid_rows from import_batch where id = ?", id))
			.containsEntry("status", "PREVIEWED").containsEntry("valid_rows", 1_205);
		// Row 1,203 of the file (the second chunk) changes after the preview into one the registry refuses: a CCCD
		// of someone born in 1999 for a birth date in 1990.
		this.jdbc.update("""
				update import_row set parsed = jsonb_set(parsed, '{nationalId}', '"020099000001"')
				where batch_id = ? and row_number = 1203""", id);

		this.mvc.perform(post("/candidates/import/" + id + "/commit").with(as("centre-ls")).with(csrf()))
			.andExpect(flash().attribute("flashError", "import.commit.rowRefused"));

		assertThat(this.jdbc.queryForObject("select count(*) from candidate", Integer.class)).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from candidate where import_batch_id = ?", Integer.class,
				id)).isZero();
		assertThat(this.jdbc.queryForMap("select status, imported_rows from import_batch where id = ?", id))
			.containsEntry("status", "PREVIEWED").containsEntry("imported_rows", 0);
		assertThat(this.jdbc.queryForObject("select count(*) from import_row where batch_id = ? and cells <> '[]'",
				Integer.class, id)).isEqualTo(1_205);
	}

	/**
	 * What registering wrote — each candidate's columns (times only as set or not), occupations and duplicate
	 * flags, the new candidates named by their place in the list — then rolled back, so both ways start alike.
	 */
	private List<String> written(java.util.function.Supplier<List<Long>> register) {
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		return tx.execute(status -> {
			List<Long> ids = register.get();
			Function<Long, String> name = other -> ids.contains(other) ? "#" + ids.indexOf(other) : other.toString();
			List<String> lines = new ArrayList<>();
			for (Long id : ids) {
				Map<String, Object> row = this.jdbc.queryForMap("""
						select centre_id, full_name, name_fold, birth_date, gender, national_id, phone, home_province_id,
						       home_commune_id, home_address, education, skill_level_code, desired_wage, willing_to_relocate,
						       earliest_start, needs_housing, priority_groups, notes, status,
						       consent_processing_at is not null as processing, consent_sharing_at is not null as sharing,
						       consent_notice, consent_withdrawn_at, erased_at, source, import_batch_id, version,
						       created_at is not null as created, updated_at is not null as updated,
						       (select string_agg(occupation_code || ':' || years_experience, ',' order by occupation_code)
						        from candidate_occupation o where o.candidate_id = c.id) as occupations
						from candidate c where id = ?""", id);
				lines.add("#" + ids.indexOf(id) + " " + row);
			}
			this.jdbc.query("""
					select candidate_id, other_id, reason, status from candidate_duplicate
					where candidate_id = any(?) or other_id = any(?) order by 1, 2, 3""",
					rs -> {
						lines.add("flag " + name.apply(rs.getLong(1)) + " → " + name.apply(rs.getLong(2)) + " "
								+ rs.getString(3) + (rs.getString(4).equals("OPEN") ? "" : " " + rs.getString(4)));
					}, ids.toArray(Long[]::new), ids.toArray(Long[]::new));
			status.setRollbackOnly();
			return lines.stream().sorted().toList();
		});
	}

	private static CandidateDetails details(String name, LocalDate birth, CandidateGender gender, String nationalId,
			String phone, Long province, Long commune, Set<PriorityGroup> groups, List<String> occupations) {
		return new CandidateDetails(name, birth, gender, nationalId, phone, province, commune, "Thôn Đông", null,
				"UNSKILLED", 7_500_000L, true, null, false, groups, null,
				occupations.stream().map(code -> new CandidateOccupation(code, 0)).toList());
	}

	/** A name's last word from a number (names may not hold digits): 0 → Aa, 1 → Ab, … */
	private static String letters(int n) {
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < 3; i++) {
			word.append((char) ('a' + n % 26));
			n /= 26;
		}
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String user) {
		return TestUsers.as(this.jdbc, user);
	}

}
