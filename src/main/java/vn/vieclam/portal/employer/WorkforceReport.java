package vn.vieclam.portal.employer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.vieclam.portal.shared.DomainException;

/**
 * An employer's workforce report for one month or quarter (báo cáo tình hình sử dụng lao động). The
 * employer may change a draft as often as it likes; once submitted to its competent body the report
 * is final.
 */
@Entity
@Table(name = "workforce_report")
class WorkforceReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long employerId;

	@Enumerated(EnumType.STRING)
	private WorkforcePeriodType periodType;

	private int periodYear;

	private int periodNumber;

	private int headcount;

	private int hires;

	private int departures;

	@Enumerated(EnumType.STRING)
	private WorkforceReportStatus status = WorkforceReportStatus.DRAFT;

	private Instant submittedAt;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "workforce_report_origin", joinColumns = @JoinColumn(name = "report_id"))
	private List<WorkforceOrigin> origins = new ArrayList<>();

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<WorkforceNeed> needs = new ArrayList<>();

	protected WorkforceReport() {
	}

	WorkforceReport(Long employerId, WorkforceReportDetails details) {
		this.employerId = employerId;
		apply(details);
	}

	void revise(WorkforceReportDetails details) {
		requireDraft();
		apply(details);
	}

	void submit() {
		requireDraft();
		this.status = WorkforceReportStatus.SUBMITTED;
		this.submittedAt = Instant.now();
	}

	private void requireDraft() {
		if (this.status != WorkforceReportStatus.DRAFT) {
			throw new DomainException("workforce.report.alreadySubmitted");
		}
	}

	private void apply(WorkforceReportDetails details) {
		int fromProvinces = details.origins().stream().mapToInt(WorkforceOrigin::headcount).sum();
		if (fromProvinces > details.headcount()) {
			throw DomainException.onField("headcount", "workforce.origins.exceedHeadcount", fromProvinces);
		}
		this.periodType = details.period().type();
		this.periodYear = details.period().year();
		this.periodNumber = details.period().number();
		this.headcount = details.headcount();
		this.hires = details.hires();
		this.departures = details.departures();
		// Rows are replaced only when they changed, so saving an unchanged draft writes (and audits) nothing.
		if (!Set.copyOf(this.origins).equals(Set.copyOf(details.origins()))) {
			this.origins.clear();
			this.origins.addAll(details.origins());
		}
		if (!this.needs.stream().map(WorkforceNeed::line).toList().equals(details.needs())) {
			this.needs.clear();
			details.needs().forEach(need -> this.needs.add(new WorkforceNeed(this, need)));
		}
	}

	Long getId() {
		return this.id;
	}

	Long getEmployerId() {
		return this.employerId;
	}

	WorkforcePeriod getPeriod() {
		return new WorkforcePeriod(this.periodType, this.periodYear, this.periodNumber);
	}

	WorkforceReportStatus getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

}
