package vn.vieclam.portal.candidate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.vieclam.portal.shared.DomainException;

/**
 * A job seeker in one centre's registry. Personal data is held only with consent to processing; erasure
 * replaces it with nothing and keeps what the yearly counts need (home province, skill level, status).
 */
@Entity
@Table(name = "candidate")
class Candidate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long centreId;

	private String fullName;

	private LocalDate birthDate;

	@Enumerated(EnumType.STRING)
	private CandidateGender gender;

	private String nationalId;

	private String phone;

	private Long homeProvinceId;

	private Long homeCommuneId;

	private String homeAddress;

	@Enumerated(EnumType.STRING)
	private Education education;

	private String skillLevelCode;

	private Long desiredWage;

	private boolean willingToRelocate;

	private LocalDate earliestStart;

	private boolean needsHousing;

	private String priorityGroups = "";

	private String notes;

	@Enumerated(EnumType.STRING)
	private CandidateStatus status = CandidateStatus.SEEKING;

	private Instant consentProcessingAt;

	private Instant consentSharingAt;

	private String consentNotice;

	private Instant consentWithdrawnAt;

	private Instant erasedAt;

	private String source = "CENTRE";

	private Long importBatchId;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "candidate_occupation", joinColumns = @JoinColumn(name = "candidate_id"))
	private List<CandidateOccupation> occupations = new ArrayList<>();

	protected Candidate() {
	}

	Candidate(Long centreId, CandidateDetails details, Consent consent, String source) {
		if (!consent.processing()) {
			throw DomainException.onField("consentProcessing", "candidate.consent.required");
		}
		this.centreId = centreId;
		this.source = source;
		apply(details);
		Instant now = Instant.now();
		this.consentProcessingAt = now;
		this.consentSharingAt = consent.sharing() ? now : null;
		this.consentNotice = consent.notice();
	}

	void edit(CandidateDetails details) {
		requireNotErased();
		apply(details);
	}

	/** The person gives (or gives again) consent to share their profile with employers. */
	void consentToSharing(String notice) {
		requireNotErased();
		this.consentSharingAt = Instant.now();
		this.consentNotice = notice;
		this.consentWithdrawnAt = null;
	}

	/** Withdrawing consent to share: no employer sees the profile any more; the centre may still help. */
	void withdrawSharing() {
		requireNotErased();
		this.consentSharingAt = null;
		this.consentWithdrawnAt = Instant.now();
	}

	/**
	 * Erasure on request: every identifying field is emptied for good; home province, skill level and status
	 * stay so that the centre's yearly counts remain true.
	 */
	void erase() {
		requireNotErased();
		this.fullName = "—";
		this.birthDate = null;
		this.gender = null;
		this.nationalId = null;
		this.phone = null;
		this.homeCommuneId = null;
		this.homeAddress = null;
		this.notes = null;
		this.desiredWage = null;
		this.occupations.clear();
		this.priorityGroups = "";
		this.consentSharingAt = null;
		this.consentWithdrawnAt = Instant.now();
		this.status = CandidateStatus.INACTIVE;
		this.erasedAt = Instant.now();
		this.updatedAt = this.erasedAt;
	}

	void changeStatus(CandidateStatus status) {
		requireNotErased();
		this.status = status;
		this.updatedAt = Instant.now();
	}

	boolean sharesWithEmployers() {
		return this.erasedAt == null && this.consentSharingAt != null;
	}

	private void requireNotErased() {
		if (this.erasedAt != null) {
			throw new DomainException("candidate.erased");
		}
	}

	private void apply(CandidateDetails d) {
		this.fullName = d.fullName();
		this.birthDate = d.birthDate();
		this.gender = d.gender();
		this.nationalId = d.nationalId();
		this.phone = d.phone();
		this.homeProvinceId = d.homeProvinceId();
		this.homeCommuneId = d.homeCommuneId();
		this.homeAddress = d.homeAddress();
		this.education = d.education();
		this.skillLevelCode = d.skillLevelCode();
		this.desiredWage = d.desiredWage();
		this.willingToRelocate = d.willingToRelocate();
		this.earliestStart = d.earliestStart();
		this.needsHousing = d.needsHousing();
		this.priorityGroups = d.priorityGroups().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.notes = d.notes();
		this.occupations.clear();
		this.occupations.addAll(d.occupations());
		this.updatedAt = Instant.now();
	}

	/**
	 * The statement that writes a new candidate as Hibernate would, for registering many at once
	 * ({@link Candidates#registerAll}); {@link #insertValues} gives its parameters. The ids come from the table's own
	 * sequence beforehand, so the occupations and duplicate flags can be written in batches too.
	 */
	static final String INSERT = """
			insert into candidate (id, centre_id, full_name, birth_date, gender, national_id, phone, home_province_id,
			  home_commune_id, home_address, education, skill_level_code, desired_wage, willing_to_relocate,
			  earliest_start, needs_housing, priority_groups, notes, status, consent_processing_at, consent_sharing_at,
			  consent_notice, consent_withdrawn_at, erased_at, source, import_batch_id, created_at, updated_at, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	static final String INSERT_OCCUPATION = """
			insert into candidate_occupation (candidate_id, occupation_code, years_experience) values (?, ?, ?)""";

	Object[] insertValues(long newId) {
		return new Object[] { newId, this.centreId, this.fullName, this.birthDate, name(this.gender), this.nationalId,
				this.phone, this.homeProvinceId, this.homeCommuneId, this.homeAddress, name(this.education),
				this.skillLevelCode, this.desiredWage, this.willingToRelocate, this.earliestStart, this.needsHousing,
				this.priorityGroups, this.notes, name(this.status), timestamp(this.consentProcessingAt),
				timestamp(this.consentSharingAt), this.consentNotice, timestamp(this.consentWithdrawnAt),
				timestamp(this.erasedAt), this.source, this.importBatchId, timestamp(this.createdAt),
				timestamp(this.updatedAt), this.version };
	}

	List<Object[]> occupationValues(long newId) {
		return this.occupations.stream()
			.map(o -> new Object[] { newId, o.occupationCode(), o.yearsExperience() })
			.toList();
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static Timestamp timestamp(Instant value) {
		return value == null ? null : Timestamp.from(value);
	}

	Set<PriorityGroup> priorityGroupSet() {
		if (this.priorityGroups == null || this.priorityGroups.isBlank()) {
			return EnumSet.noneOf(PriorityGroup.class);
		}
		return Arrays.stream(this.priorityGroups.split(",")).map(PriorityGroup::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(PriorityGroup.class)));
	}

	Long getId() {
		return this.id;
	}

	Long getCentreId() {
		return this.centreId;
	}

	String getFullName() {
		return this.fullName;
	}

	LocalDate getBirthDate() {
		return this.birthDate;
	}

	String getNationalId() {
		return this.nationalId;
	}

	String getPhone() {
		return this.phone;
	}

	CandidateStatus getStatus() {
		return this.status;
	}

	Instant getErasedAt() {
		return this.erasedAt;
	}

	long getVersion() {
		return this.version;
	}

	void setImportBatchId(Long importBatchId) {
		this.importBatchId = importBatchId;
	}

}
