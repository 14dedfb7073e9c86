package vn.vieclam.portal.vacancy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.Role;
import vn.vieclam.portal.employer.EmployerView;
import vn.vieclam.portal.employer.Employers;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.reference.UnitRef;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.NotFoundException;
import vn.vieclam.portal.shared.Phone;
import vn.vieclam.portal.shared.Text;
import vn.vieclam.portal.shared.Versions;

/**
 * The vacancy module's public service. Employers draft and change only their own vacancies; the
 * competent body approves or returns them; the public board shows what is published and still open.
 */
@Service
@Transactional
public class Vacancies {

	/** The version of the privacy notice a worker agrees to when leaving their interest. */
	public static final String INTEREST_NOTICE = "2026-01";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final VacancyRepository vacancies;

	private final VacancyQueries queries;

	private final Employers employers;

	private final ReferenceData reference;

	private final JdbcTemplate jdbc;

	private final long minimumWage;

	Vacancies(VacancyRepository vacancies, VacancyQueries queries, Employers employers, ReferenceData reference,
			JdbcTemplate jdbc, @Value("${portal.vacancy.minimum-monthly-wage:3700000}") long minimumWage) {
		this.vacancies = vacancies;
		this.queries = queries;
		this.employers = employers;
		this.reference = reference;
		this.jdbc = jdbc;
		this.minimumWage = minimumWage;
	}

	// --- the public board ---

	@Transactional(readOnly = true)
	public BoardPage board(BoardQuery query) {
		return this.queries.board(query, today());
	}

	/** A vacancy as the public sees it: published and still open, else not found. */
	@Transactional(readOnly = true)
	public VacancyView published(Long id) {
		VacancyView view = this.queries.view(id).orElseThrow(() -> new NotFoundException("vacancy", id));
		if (view.status() != VacancyStatus.PUBLISHED || view.closingDate().isBefore(today())) {
			throw new NotFoundException("vacancy", id);
		}
		return view;
	}

	/** A worker leaves their interest; it goes to the job centre of their home province. */
	Long expressInterest(Long vacancyId, InterestForm form) {
		published(vacancyId);
		String phone = Phone.parse(form.phone()).orElseThrow(() -> DomainException.onField("phone", "phone.invalid"));
		if (form.homeCommuneId() != null && !this.reference.unit(form.homeCommuneId()).parentId()
			.equals(form.homeProvinceId())) {
			throw DomainException.onField("homeCommuneId", "interest.commune.notInProvince");
		}
		Long jobCentre = this.reference.jobCentreFor(form.homeProvinceId()).orElse(null);
		try {
			return this.jdbc.queryForObject("""
					insert into interest (vacancy_id, full_name, phone, home_province_id, home_commune_id,
					  home_commune_text, message, consent_at, consent_notice, job_centre_id)
					values (?, ?, ?, ?, ?, ?, ?, now(), ?, ?) returning id""", Long.class, vacancyId,
					form.fullName().strip(), phone, form.homeProvinceId(), form.homeCommuneId(),
					Text.blankToNull(form.homeCommuneText()),
					Text.blankToNull(form.message()), INTEREST_NOTICE, jobCentre);
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.onField("phone", "interest.duplicate");
		}
	}

	// --- the job centre's inbox ---

	/** Interests addressed to this job centre, newest first; {@code status} NEW, HANDLED or DISCARDED. */
	@Transactional(readOnly = true)
	public org.springframework.data.domain.Page<InterestRow> inbox(Long centreId, String status, Pageable pageable) {
		return this.queries.inbox(centreId, status, pageable);
	}

	/** One interest of this centre's inbox; another centre's is not found. */
	@Transactional(readOnly = true)
	public InterestRow interest(Long centreId, Long id) {
		return this.queries.interest(id).filter(i -> centreId.equals(this.queries.interestCentre(id)))
			.orElseThrow(() -> new NotFoundException("interest", id));
	}

	/** The centre turned the interest into a candidate (or linked it to one), or set it aside. */
	public void closeInterest(Long centreId, Long id, boolean handled) {
		interest(centreId, id);
		this.jdbc.update("update interest set status = ? where id = ?", handled ? "HANDLED" : "DISCARDED", id);
	}

	// --- the employer ---

	@Transactional(readOnly = true)
	public Page<VacancyRow> mine(PortalUser user, VacancyStatus status, Pageable pageable) {
		return this.queries.ofEmployer(this.employers.of(user).id(), status, pageable);
	}

	/** One of the employer's own vacancies; another employer's id is not found. */
	@Transactional(readOnly = true)
	public VacancyView own(PortalUser user, Long id) {
		VacancyView view = this.queries.view(id).orElseThrow(() -> new NotFoundException("vacancy", id));
		if (!view.employerId().equals(this.employers.of(user).id())) {
			throw new NotFoundException("vacancy", id);
		}
		return view;
	}

	public Long createDraft(PortalUser user, VacancyTerms terms) {
		EmployerView employer = this.employers.of(user);
		check(terms);
		return this.vacancies.save(new Vacancy(employer.id(), terms, searchText(employer, terms))).getId();
	}

	/** Editing a published vacancy keeps it published and remembers what it was (a revision). */
	void update(PortalUser user, Long id, long version, VacancyTerms terms) {
		Vacancy vacancy = ownEntity(user, id);
		Versions.require(vacancy.getVersion(), version, Vacancy.class, id);
		check(terms);
		VacancyTerms before = vacancy.terms();
		vacancy.edit(terms, searchText(this.employers.of(user), terms));
		if (vacancy.getStatus() == VacancyStatus.PUBLISHED) {
			recordRevision(id, user.getUsername(), before, terms);
		}
	}

	public void submit(PortalUser user, Long id) {
		Vacancy vacancy = ownEntity(user, id);
		vacancy.submit(this.employers.of(user).verified(), today());
	}

	void close(PortalUser user, Long id) {
		ownEntity(user, id).close();
	}

	void markFilled(PortalUser user, Long id) {
		ownEntity(user, id).markFilled();
	}

	// --- officials ---

	@Transactional(readOnly = true)
	public VacancyView forOfficial(Long id) {
		return this.queries.view(id).orElseThrow(() -> new NotFoundException("vacancy", id));
	}

	@Transactional(readOnly = true)
	public Page<VacancyRow> queue(Long bodyId, VacancyStatus status, Pageable pageable) {
		return this.queries.queue(bodyId, status, pageable);
	}

	@Transactional(readOnly = true)
	public long queueCount(Long bodyId) {
		return this.queries.countInQueue(bodyId);
	}

	public void approve(PortalUser official, Long id) {
		Vacancy vacancy = competentEntity(official, id);
		EmployerView employer = this.employers.view(vacancy.getEmployerId());
		vacancy.approve(official.id(), employer.verified(), today());
	}

	public void returnToEmployer(PortalUser official, Long id, String reason) {
		competentEntity(official, id).returnToEmployer(official.id(), reason);
	}

	/** Whether this user may approve or return this vacancy. */
	public boolean isCompetent(PortalUser user, VacancyView vacancy) {
		return user.is(Role.OFFICIAL) && vacancy.competentBodyId().equals(user.organisationId());
	}

	@Transactional(readOnly = true)
	public List<Map<String, Object>> revisions(Long id) {
		return this.queries.revisions(id);
	}

	// --- other modules and the clock ---

	/** A referred candidate was hired for this vacancy (job-centre module). */
	public void recordHire(Long vacancyId) {
		this.vacancies.findById(vacancyId).orElseThrow(() -> new NotFoundException("vacancy", vacancyId)).recordHire();
	}

	/** Closes every published vacancy whose closing date has passed; returns how many. */
	public int closeExpired() {
		List<Long> expired = this.queries.expired(today());
		for (Long id : expired) {
			this.vacancies.findById(id).ifPresent(Vacancy::close);
		}
		return expired.size();
	}

	// --- rules ---

	/** Rules across fields: wages, housing, and requirements that the law allows only with a reason. */
	void check(VacancyTerms t) {
		if (t.wageMin() < this.minimumWage) {
			throw DomainException.onField("wageMin", "vacancy.wage.belowMinimum", this.minimumWage);
		}
		if (t.wageMax() < t.wageMin()) {
			throw DomainException.onField("wageMax", "vacancy.wage.rangeInvalid");
		}
		if (t.housing() == Housing.RENT_SUPPORT && (t.housingAmount() == null || t.housingAmount() <= 0)) {
			throw DomainException.onField("housingAmount", "vacancy.housing.amountRequired");
		}
		if (t.ageMin() != null && t.ageMax() != null && t.ageMax() < t.ageMin()) {
			throw DomainException.onField("ageMax", "vacancy.age.range");
		}
		if (t.ageMin() != null && t.ageMin() < 18) {
			throw DomainException.onField("ageMin", "vacancy.age.minor");
		}
		boolean restricts = t.gender() != Gender.ANY || t.ageMax() != null;
		if (restricts && (t.requirementReason() == null || t.requirementReason().length() < 10)) {
			throw DomainException.onField("requirementReason", "vacancy.requirement.reasonRequired");
		}
		if (t.closingDate().isBefore(today())) {
			throw DomainException.onField("closingDate", "vacancy.closingDate.past");
		}
		if (t.startDate() != null && t.startDate().isAfter(t.closingDate().plusYears(1))) {
			throw DomainException.onField("startDate", "vacancy.startDate.tooLate");
		}
		if (t.workCommuneId() != null) {
			UnitRef commune = this.reference.unit(t.workCommuneId());
			if (!Objects.equals(commune.parentId(), t.workProvinceId())) {
				throw DomainException.onField("workCommuneId", "vacancy.commune.notInProvince");
			}
		}
	}

	private void recordRevision(Long id, String username, VacancyTerms before, VacancyTerms after) {
		Map<String, Object> old = before.asMap();
		Map<String, Object> now = after.asMap();
		Map<String, Object[]> changes = new LinkedHashMap<>();
		old.forEach((field, value) -> {
			if (!Objects.equals(value, now.get(field))) {
				changes.put(field, new Object[] { text(value), text(now.get(field)) });
			}
		});
		if (changes.isEmpty()) {
			return;
		}
		Map<String, Object> snapshot = new LinkedHashMap<>();
		old.forEach((field, value) -> snapshot.put(field, text(value)));
		this.jdbc.update("insert into vacancy_revision (vacancy_id, changed_by, snapshot, changes) values (?, ?, cast(? as jsonb), cast(? as jsonb))",
				id, username, JSON.writeValueAsString(snapshot), JSON.writeValueAsString(changes));
	}

	private static Object text(Object value) {
		return value == null || value instanceof Number || value instanceof Boolean ? value : value.toString();
	}

	private String searchText(EmployerView employer, VacancyTerms t) {
		StringBuilder text = new StringBuilder(t.title()).append(' ').append(employer.name());
		if (employer.shortName() != null) {
			text.append(' ').append(employer.shortName());
		}
		text.append(' ').append(this.reference.occupationName(t.occupationCode(), Locale.forLanguageTag("vi")));
		text.append(' ').append(this.reference.unit(t.workProvinceId()).name());
		if (t.workCommuneId() != null) {
			text.append(' ').append(this.reference.unit(t.workCommuneId()).name());
		}
		if (employer.industrialZoneName() != null) {
			text.append(' ').append(employer.industrialZoneName());
		}
		return text.append(' ').append(t.workAddress()).toString();
	}

	private Vacancy ownEntity(PortalUser user, Long id) {
		Vacancy vacancy = this.vacancies.findById(id).orElseThrow(() -> new NotFoundException("vacancy", id));
		if (!vacancy.getEmployerId().equals(this.employers.of(user).id())) {
			throw new NotFoundException("vacancy", id);
		}
		return vacancy;
	}

	private Vacancy competentEntity(PortalUser official, Long id) {
		Vacancy vacancy = this.vacancies.findById(id).orElseThrow(() -> new NotFoundException("vacancy", id));
		EmployerView employer = this.employers.view(vacancy.getEmployerId());
		if (!this.employers.isCompetent(official, employer)) {
			throw new DomainException("vacancy.notCompetent");
		}
		return vacancy;
	}

	static LocalDate today() {
		return LocalDate.now(Formats.VIETNAM);
	}


	// ---- dashboard figures: one aggregate statement each ----

	/** Published vacancies and open positions by the employer's sector (VSIC section). */
	public java.util.List<OpenVacancyCount> openBySector() {
		return this.jdbc.query("""
				select s.code, s.name_vi, s.name_en, count(*), sum(v.quantity - v.hired)
				from vacancy v join employer e on e.id = v.employer_id join sector s on s.code = e.sector_code
				where v.status = 'PUBLISHED'
				group by s.code, s.name_vi, s.name_en order by sum(v.quantity - v.hired) desc, s.code""",
				(rs, n) -> new OpenVacancyCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getLong(5)));
	}

	/** Published vacancies and open positions by skill level, in the ladder's order. */
	public java.util.List<OpenVacancyCount> openBySkillLevel() {
		return this.jdbc.query("""
				select k.code, k.name_vi, k.name_en, count(*), sum(v.quantity - v.hired)
				from vacancy v join skill_level k on k.code = v.skill_level_code
				where v.status = 'PUBLISHED'
				group by k.code, k.name_vi, k.name_en, k.rank order by k.rank""",
				(rs, n) -> new OpenVacancyCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getLong(5)));
	}

	/** Published vacancies and open positions by the employer's industrial zone; key null = outside the zones. */
	public java.util.List<OpenVacancyCount> openByIndustrialZone() {
		return this.jdbc.query("""
				select z.id, z.name, count(*), sum(v.quantity - v.hired)
				from vacancy v join employer e on e.id = v.employer_id left join industrial_zone z on z.id = e.industrial_zone_id
				where v.status = 'PUBLISHED'
				group by z.id, z.name order by z.name nulls last""",
				(rs, n) -> new OpenVacancyCount(rs.getString(1), rs.getString(2), rs.getString(2), rs.getLong(3),
						rs.getLong(4)));
	}

}
