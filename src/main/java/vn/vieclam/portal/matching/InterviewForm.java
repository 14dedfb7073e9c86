package vn.vieclam.portal.matching;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The employer sets the interview: a date (dd/MM/yyyy), a time (HH:mm, Vietnam time) and where. */
record InterviewForm(@NotNull LocalDate date, @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime time,
		@Size(max = 255) String place, long version) {

	static InterviewForm empty(long version) {
		return new InterviewForm(null, LocalTime.of(8, 0), null, version);
	}

}
