package vn.vieclam.portal.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.vieclam.portal.account.Accounts;
import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.candidate.CandidateDetails;
import vn.vieclam.portal.candidate.CandidateGender;
import vn.vieclam.portal.candidate.CandidateOccupation;
import vn.vieclam.portal.candidate.Candidates;
import vn.vieclam.portal.candidate.Consent;
import vn.vieclam.portal.candidate.Education;
import vn.vieclam.portal.candidate.PriorityGroup;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.vacancy.Gender;
import vn.vieclam.portal.vacancy.Housing;
import vn.vieclam.portal.vacancy.Term;
import vn.vieclam.portal.vacancy.Vacancies;
import vn.vieclam.portal.vacancy.VacancyTerms;

/**
 * Candidates and vacancies made through the modules' public services, as a centre and an employer would,
 * so the tests do not depend on the demo candidates. Each test picks its own occupation code, so its
 * people rank among themselves whatever other tests have registered.
 */
final class MatchingTestData {

	static final long LANG_SON = 120;

	private final Accounts accounts;

	private final Candidates candidates;

	private final Vacancies vacancies;

	private final JdbcTemplate jdbc;

	MatchingTestData(Accounts accounts, Candidates candidates, Vacancies vacancies, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.candidates = candidates;
		this.vacancies = vacancies;
		this.jdbc = jdbc;
	}

	PortalUser user(String username) {
		return this.accounts.principal(username);
	}

	/** The work province of the demo employer (today's Bắc Ninh, which Bắc Giang joined in 2025). */
	long employerProvince() {
		return this.jdbc.queryForObject("""
				select e.province_id from employer e join app_user u on u.organisation_id = e.organisation_id
				where u.username = 'employer'""", Long.class);
	}

	/** A vacancy of the demo employer in the zone, approved by the zone board: 8–9 million a month. */
	Long publishedVacancy(String title, String occupation, String skill, Housing housing, LocalDate startDate) {
		PortalUser employer = user("employer");
		VacancyTerms terms = new VacancyTerms(title, occupation, skill, 10, Term.LONG, startDate, 8_000_000, 9_000_000,
				"Đóng BHXH đầy đủ", housing, housing == Housing.NONE ? null : 0L, true, true, "8 giờ/ngày", "2 ca", null,
				null, Gender.ANY, null, employerProvince(), null, "Lô C2, KCN Vân Trung", LocalDate.now(Formats.VIETNAM).plusDays(20),
				null);
		Long id = this.vacancies.createDraft(employer, terms);
		this.vacancies.submit(employer, id);
		this.vacancies.approve(user("official-kcn"), id);
		return id;
	}

	/** A candidate of the given centre; {@code sharing}: consent to share with employers. */
	Long candidate(String centre, Spec spec) {
		CandidateDetails details = new CandidateDetails(spec.name, LocalDate.of(1998, 5, 12), CandidateGender.MALE,
				spec.nationalId, phone(), spec.province, null, "Thôn Nà Pàn", Education.UPPER_SECONDARY, spec.skill,
				spec.desiredWage, spec.relocate, spec.earliestStart, spec.needsHousing, spec.priority,
				"Ghi chú nội bộ của trung tâm", List.of(new CandidateOccupation(spec.occupation, 2)));
		return this.candidates.register(user(centre), details, new Consent(true, spec.sharing, Consent.CURRENT_NOTICE),
				"CENTRE").id();
	}

	/** A valid CCCD for a man born in 1998 and registered in Lạng Sơn (020). */
	static String nationalId() {
		return "020098" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
	}

	private static String phone() {
		return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/** What varies between test candidates. */
	static final class Spec {

		String name;

		String occupation;

		String skill = "ELEMENTARY";

		long province = LANG_SON;

		Long desiredWage;

		boolean relocate = true;

		LocalDate earliestStart;

		boolean needsHousing;

		boolean sharing = true;

		String nationalId;

		Set<PriorityGroup> priority = Set.of();

		Spec(String name, String occupation) {
			this.name = name;
			this.occupation = occupation;
		}

		Spec skill(String skill) {
			this.skill = skill;
			return this;
		}

		Spec province(long province) {
			this.province = province;
			return this;
		}

		Spec wants(long wage) {
			this.desiredWage = wage;
			return this;
		}

		Spec staysHome() {
			this.relocate = false;
			return this;
		}

		Spec startsFrom(LocalDate date) {
			this.earliestStart = date;
			return this;
		}

		Spec needsHousing() {
			this.needsHousing = true;
			return this;
		}

		Spec noSharing() {
			this.sharing = false;
			return this;
		}

		Spec nationalId(String id) {
			this.nationalId = id;
			return this;
		}

		Spec priority(PriorityGroup... groups) {
			this.priority = Set.of(groups);
			return this;
		}

	}

}
