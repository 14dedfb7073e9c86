package vn.vieclam.portal.indicator;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One indicator's value in a report, with the organisation's comment. */
@Entity
@Table(name = "indicator_value")
class ReportValue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "report_id")
	private IndicatorReport report;

	private Long indicatorId;

	private BigDecimal value;

	private String comment;

	protected ReportValue() {
	}

	ReportValue(IndicatorReport report, Long indicatorId, BigDecimal value, String comment) {
		this.report = report;
		this.indicatorId = indicatorId;
		change(value, comment);
	}

	void change(BigDecimal value, String comment) {
		this.value = value;
		this.comment = comment == null || comment.isBlank() ? null : comment.strip();
	}

	Long indicatorId() {
		return this.indicatorId;
	}

}
