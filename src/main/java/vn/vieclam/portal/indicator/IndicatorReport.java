package vn.vieclam.portal.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.vieclam.portal.shared.DomainException;

/**
 * One organisation's report to the lead agency for one period: a value (with a comment) for each of its
 * indicators and an evidence file. Editable while a draft or after being returned; the lead approves it or
 * returns it with a reason.
 */
@Entity
@Table(name = "indicator_report")
class IndicatorReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long registerId;

	private Long organisationId;

	@Enumerated(EnumType.STRING)
	private ReportingPeriod period;

	@Enumerated(EnumType.STRING)
	private ReportStatus status = ReportStatus.DRAFT;

	private String evidenceName;

	private String evidenceType;

	@Basic(fetch = FetchType.LAZY)
	private byte[] evidence;

	private Instant firstSubmittedAt;

	private Instant submittedAt;

	private Instant reviewedAt;

	private String reviewedBy;

	private String returnReason;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<ReportValue> values = new ArrayList<>();

	protected IndicatorReport() {
	}

	IndicatorReport(Long registerId, Long organisationId, ReportingPeriod period) {
		this.registerId = registerId;
		this.organisationId = organisationId;
		this.period = period;
	}

	/** Replaces the values of the indicators given; a blank value removes that indicator's value. */
	void enter(Map<Long, Indicators.ValueEntry> entries) {
		requireEditable();
		for (Map.Entry<Long, Indicators.ValueEntry> e : entries.entrySet()) {
			ReportValue existing = this.values.stream().filter(v -> v.indicatorId().equals(e.getKey())).findFirst()
				.orElse(null);
			BigDecimal value = e.getValue().value();
			if (value == null) {
				if (existing != null) {
					this.values.remove(existing);
				}
			}
			else if (existing != null) {
				existing.change(value, e.getValue().comment());
			}
			else {
				this.values.add(new ReportValue(this, e.getKey(), value, e.getValue().comment()));
			}
		}
	}

	void attach(String name, String type, byte[] content) {
		requireEditable();
		this.evidenceName = name;
		this.evidenceType = type;
		this.evidence = content;
	}

	void submit(Instant at, int expectedValues) {
		requireEditable();
		if (this.values.size() < expectedValues) {
			throw new DomainException("indicator.report.incomplete", expectedValues - this.values.size());
		}
		if (this.firstSubmittedAt == null) {
			this.firstSubmittedAt = at;
		}
		this.submittedAt = at;
		this.status = ReportStatus.SUBMITTED;
		this.returnReason = null;
	}

	void approve(String by, Instant at) {
		requireSubmitted();
		this.status = ReportStatus.APPROVED;
		this.reviewedBy = by;
		this.reviewedAt = at;
	}

	void returnWith(String reason, String by, Instant at) {
		requireSubmitted();
		if (reason == null || reason.isBlank()) {
			throw DomainException.onField("reason", "indicator.report.reason.required");
		}
		this.status = ReportStatus.RETURNED;
		this.returnReason = reason.strip();
		this.reviewedBy = by;
		this.reviewedAt = at;
	}

	private void requireEditable() {
		if (!this.status.editable()) {
			throw new DomainException("indicator.report.notEditable");
		}
	}

	private void requireSubmitted() {
		if (this.status != ReportStatus.SUBMITTED) {
			throw new DomainException("indicator.report.notSubmitted");
		}
	}

	Long id() {
		return this.id;
	}

	Long registerId() {
		return this.registerId;
	}

	Long organisationId() {
		return this.organisationId;
	}

	ReportingPeriod period() {
		return this.period;
	}

	ReportStatus status() {
		return this.status;
	}

	String evidenceName() {
		return this.evidenceName;
	}

	String evidenceType() {
		return this.evidenceType;
	}

	byte[] evidence() {
		return this.evidence;
	}

	long version() {
		return this.version;
	}

}
