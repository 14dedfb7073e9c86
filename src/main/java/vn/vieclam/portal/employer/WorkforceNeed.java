package vn.vieclam.portal.employer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of a report's hiring needs: a position at a skill level, short or long term, how many. */
@Entity
@Table(name = "workforce_report_need")
class WorkforceNeed {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id")
	private WorkforceReport report;

	private String position;

	private String skillLevelCode;

	@Enumerated(EnumType.STRING)
	private WorkforceTerm term;

	private int quantity;

	protected WorkforceNeed() {
	}

	WorkforceNeed(WorkforceReport report, WorkforceReportDetails.Need need) {
		this.report = report;
		this.position = need.position();
		this.skillLevelCode = need.skillLevelCode();
		this.term = need.term();
		this.quantity = need.quantity();
	}

	WorkforceReportDetails.Need line() {
		return new WorkforceReportDetails.Need(this.position, this.skillLevelCode, this.term, this.quantity);
	}

}
