package vn.vieclam.portal.indicator;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.vieclam.portal.shared.DomainException;

/** One year's plan for one PCI sub-index: its score and rank the year before, the target, the lead agency. */
@Entity
@Table(name = "indicator_register")
class IndicatorRegister {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int year;

	private String subIndexCode;

	private String subIndexName;

	private BigDecimal weight;

	private BigDecimal baselineScore;

	private Integer baselineRank;

	private BigDecimal targetScore;

	@Enumerated(EnumType.STRING)
	private Direction targetDirection;

	private Long leadOrganisationId;

	private String planReference;

	private int unitDueDay;

	private int leadDueDay;

	private int yearlyDueMonth;

	private BigDecimal publishedScore;

	private Integer publishedRank;

	private Long copiedFromId;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected IndicatorRegister() {
	}

	IndicatorRegister(Indicators.RegisterCommand c) {
		update(c);
		DueDates due = c.dueDates() == null ? DueDates.PLAN_004 : c.dueDates();
		this.unitDueDay = due.unitDay();
		this.leadDueDay = due.leadDay();
		this.yearlyDueMonth = due.yearlyMonth();
	}

	/** The next year's register: this year's targets and agencies, the score just published as the baseline. */
	IndicatorRegister copyForNextYear(Long leadOrganisationId) {
		IndicatorRegister next = new IndicatorRegister();
		next.year = this.year + 1;
		next.subIndexCode = this.subIndexCode;
		next.subIndexName = this.subIndexName;
		next.weight = this.weight;
		next.baselineScore = this.publishedScore != null ? this.publishedScore : this.baselineScore;
		next.baselineRank = this.publishedRank != null ? this.publishedRank : this.baselineRank;
		next.targetScore = this.targetScore;
		next.targetDirection = this.targetDirection;
		next.leadOrganisationId = leadOrganisationId;
		next.planReference = null;
		next.unitDueDay = this.unitDueDay;
		next.leadDueDay = this.leadDueDay;
		next.yearlyDueMonth = this.yearlyDueMonth;
		next.copiedFromId = this.id;
		return next;
	}

	/** The year, sub-index, baseline, target and lead as corrected; reports, published score and due rules stay. */
	void update(Indicators.RegisterCommand c) {
		this.year = c.year();
		this.subIndexCode = c.subIndexCode();
		this.subIndexName = c.subIndexName();
		this.weight = c.weight();
		this.baselineScore = c.baselineScore();
		this.baselineRank = c.baselineRank();
		this.targetScore = c.targetScore();
		this.targetDirection = c.targetDirection();
		this.leadOrganisationId = c.leadOrganisationId();
		this.planReference = c.planReference();
	}

	void publish(BigDecimal score, Integer rank) {
		if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.TEN) > 0) {
			throw DomainException.onField("publishedScore", "indicator.published.invalid");
		}
		if (rank != null && (rank < 1 || rank > NumberFields.LAST_RANK)) {
			throw DomainException.onField("publishedRank", "indicator.published.invalid");
		}
		this.publishedScore = score;
		this.publishedRank = rank;
	}

	DueDates dueDates() {
		return new DueDates(this.unitDueDay, this.leadDueDay, this.yearlyDueMonth);
	}

	Long id() {
		return this.id;
	}

	int year() {
		return this.year;
	}

	String subIndexCode() {
		return this.subIndexCode;
	}

	Long leadOrganisationId() {
		return this.leadOrganisationId;
	}

	long version() {
		return this.version;
	}

}
