package vn.vieclam.portal.vacancy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.vieclam.portal.shared.DomainException;

/**
 * A hiring need and its lifecycle: DRAFT → SUBMITTED → PUBLISHED (approved) or RETURNED (with a reason)
 * → FILLED or CLOSED. The aggregate refuses any other move.
 */
@Entity
@Table(name = "vacancy")
class Vacancy {

	private static final Set<VacancyStatus> EDITABLE = EnumSet.of(VacancyStatus.DRAFT, VacancyStatus.SUBMITTED,
			VacancyStatus.RETURNED, VacancyStatus.PUBLISHED);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long employerId;

	private String title;

	private String occupationCode;

	private String skillLevelCode;

	private int quantity;

	private int hired;

	@Enumerated(EnumType.STRING)
	private Term term;

	private LocalDate startDate;

	private long wageMin;

	private long wageMax;

	private String benefits;

	@Enumerated(EnumType.STRING)
	private Housing housing;

	private Long housingAmount;

	private boolean meals;

	private boolean shuttleBus;

	private String workingHours;

	private String shifts;

	private Integer ageMin;

	private Integer ageMax;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	private String requirementReason;

	private Long workProvinceId;

	private Long workCommuneId;

	private String workAddress;

	private LocalDate closingDate;

	private String description;

	@Enumerated(EnumType.STRING)
	private VacancyStatus status = VacancyStatus.DRAFT;

	private String returnReason;

	private Instant submittedAt;

	private Instant publishedAt;

	private Long decidedBy;

	private Instant closedAt;

	private String searchText = "";

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected Vacancy() {
	}

	Vacancy(Long employerId, VacancyTerms terms, String searchText) {
		this.employerId = employerId;
		apply(terms, searchText);
	}

	void edit(VacancyTerms terms, String searchText) {
		if (!EDITABLE.contains(this.status)) {
			throw new DomainException("vacancy.edit.closed");
		}
		if (terms.quantity() < this.hired) {
			throw DomainException.onField("quantity", "vacancy.quantity.belowHired", this.hired);
		}
		apply(terms, searchText);
	}

	/** The employer sends it for approval; only a verified employer may, and only before the closing date. */
	void submit(boolean employerVerified, LocalDate today) {
		require(EnumSet.of(VacancyStatus.DRAFT, VacancyStatus.RETURNED), "vacancy.submit.notDraft");
		if (!employerVerified) {
			throw new DomainException("vacancy.submit.unverified");
		}
		if (this.closingDate.isBefore(today)) {
			throw DomainException.onField("closingDate", "vacancy.closingDate.past");
		}
		this.status = VacancyStatus.SUBMITTED;
		this.submittedAt = Instant.now();
		this.returnReason = null;
	}

	void approve(Long officialId, boolean employerVerified, LocalDate today) {
		require(EnumSet.of(VacancyStatus.SUBMITTED), "vacancy.approve.notSubmitted");
		if (!employerVerified) {
			throw new DomainException("vacancy.submit.unverified");
		}
		if (this.closingDate.isBefore(today)) {
			throw new DomainException("vacancy.closingDate.past");
		}
		this.status = VacancyStatus.PUBLISHED;
		this.publishedAt = Instant.now();
		this.decidedBy = officialId;
	}

	/** The competent body sends it back, before or after publication, always with a reason. */
	void returnToEmployer(Long officialId, String reason) {
		require(EnumSet.of(VacancyStatus.SUBMITTED, VacancyStatus.PUBLISHED), "vacancy.return.notSubmitted");
		if (reason == null || reason.isBlank()) {
			throw DomainException.onField("reason", "vacancy.return.reasonRequired");
		}
		this.status = VacancyStatus.RETURNED;
		this.returnReason = reason.strip();
		this.decidedBy = officialId;
	}

	void markFilled() {
		require(EnumSet.of(VacancyStatus.PUBLISHED), "vacancy.fill.notPublished");
		this.status = VacancyStatus.FILLED;
		this.closedAt = Instant.now();
	}

	void close() {
		require(EnumSet.of(VacancyStatus.DRAFT, VacancyStatus.SUBMITTED, VacancyStatus.RETURNED, VacancyStatus.PUBLISHED),
				"vacancy.close.alreadyClosed");
		this.status = VacancyStatus.CLOSED;
		this.closedAt = Instant.now();
	}

	/** A referred candidate was hired: one fewer open place; the last one fills the vacancy. */
	void recordHire() {
		require(EnumSet.of(VacancyStatus.PUBLISHED), "vacancy.hire.notPublished");
		this.hired++;
		if (this.hired >= this.quantity) {
			this.status = VacancyStatus.FILLED;
			this.closedAt = Instant.now();
		}
	}

	VacancyTerms terms() {
		return new VacancyTerms(this.title, this.occupationCode, this.skillLevelCode, this.quantity, this.term,
				this.startDate, this.wageMin, this.wageMax, this.benefits, this.housing, this.housingAmount, this.meals,
				this.shuttleBus, this.workingHours, this.shifts, this.ageMin, this.ageMax, this.gender,
				this.requirementReason, this.workProvinceId, this.workCommuneId, this.workAddress, this.closingDate,
				this.description);
	}

	private void require(Set<VacancyStatus> allowed, String messageKey) {
		if (!allowed.contains(this.status)) {
			throw new DomainException(messageKey);
		}
	}

	private void apply(VacancyTerms t, String searchText) {
		this.title = t.title();
		this.occupationCode = t.occupationCode();
		this.skillLevelCode = t.skillLevelCode();
		this.quantity = t.quantity();
		this.term = t.term();
		this.startDate = t.startDate();
		this.wageMin = t.wageMin();
		this.wageMax = t.wageMax();
		this.benefits = t.benefits();
		this.housing = t.housing();
		this.housingAmount = t.housing() == Housing.NONE ? null : t.housingAmount();
		this.meals = t.meals();
		this.shuttleBus = t.shuttleBus();
		this.workingHours = t.workingHours();
		this.shifts = t.shifts();
		this.ageMin = t.ageMin();
		this.ageMax = t.ageMax();
		this.gender = t.gender();
		this.requirementReason = t.requirementReason();
		this.workProvinceId = t.workProvinceId();
		this.workCommuneId = t.workCommuneId();
		this.workAddress = t.workAddress();
		this.closingDate = t.closingDate();
		this.description = t.description();
		this.searchText = searchText.length() > 1000 ? searchText.substring(0, 1000) : searchText;
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return this.id;
	}

	Long getEmployerId() {
		return this.employerId;
	}

	VacancyStatus getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

	int getHired() {
		return this.hired;
	}

}
