package vn.vieclam.portal.employer;

import java.util.List;

/**
 * What an employer reports for a period, validated: blank rows dropped, positions trimmed, each home
 * province at most once.
 */
record WorkforceReportDetails(WorkforcePeriod period, int headcount, int hires, int departures,
		List<WorkforceOrigin> origins, List<Need> needs) {

	WorkforceReportDetails {
		origins = List.copyOf(origins);
		needs = List.copyOf(needs);
	}

	record Need(String position, String skillLevelCode, WorkforceTerm term, int quantity) {
	}

}
