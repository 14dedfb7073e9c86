package vn.vieclam.portal.indicator;

import java.math.BigDecimal;

/** A value entered for an indicator in a period, with its report's status. */
public record ValueRow(Long reportId, Long indicatorId, Long organisationId, BigDecimal value, String comment,
		ReportStatus reportStatus) {

	public boolean approved() {
		return this.reportStatus == ReportStatus.APPROVED;
	}

}
