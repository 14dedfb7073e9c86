package vn.vieclam.portal.matching;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The employer hires: the day the worker starts. */
record HireForm(@NotNull LocalDate startDate, long version) {

	static HireForm empty(long version) {
		return new HireForm(null, version);
	}

}
