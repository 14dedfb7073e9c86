package vn.vieclam.portal.employer;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** One report as its page shows it: the figures with the names of the employer, provinces and skill levels. */
record WorkforceReportView(Long id, Long employerId, String employerName, String taxCode, String competentBodyName,
		WorkforcePeriod period, int headcount, int hires, int departures, WorkforceReportStatus status,
		Instant submittedAt, long version, List<Origin> origins, List<Need> needs) {

	public boolean submitted() {
		return this.status == WorkforceReportStatus.SUBMITTED;
	}

	public int needsShort() {
		return needsTotal(WorkforceTerm.SHORT);
	}

	public int needsLong() {
		return needsTotal(WorkforceTerm.LONG);
	}

	private int needsTotal(WorkforceTerm term) {
		return this.needs.stream().filter(n -> n.term() == term).mapToInt(Need::quantity).sum();
	}

	record Origin(Long provinceId, String provinceName, int headcount) {
	}

	record Need(String position, String skillLevelCode, String skillLevelName, String skillLevelNameEn,
			WorkforceTerm term, int quantity) {

		public String skillLevelName(Locale locale) {
			return "en".equals(locale.getLanguage()) ? this.skillLevelNameEn : this.skillLevelName;
		}

	}

}
