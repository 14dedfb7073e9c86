package vn.vieclam.portal.jobsession;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.vieclam.portal.shared.Text;

/** The host's form for a session's details. */
record SessionForm(
		@NotBlank @Size(max = 200) String title,
		@NotNull SessionKind kind,
		@NotNull LocalDate date,
		@NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime startTime,
		@NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime endTime,
		@Size(max = 255) String venue,
		@Size(max = 500) @Pattern(regexp = "^$|^https://\\S+$", message = "{jobsession.link.invalid}") String videoLink,
		@Size(max = 200) String contact,
		@Size(max = 2000) String description,
		@NotNull LocalDate registrationClosesOn,
		@NotNull @Min(1) @Max(500) Integer employerCapacity,
		@NotNull @Min(1) @Max(100000) Integer workerCapacity,
		@NotNull @Min(5) @Max(120) Integer interviewMinutes,
		long version) {

	static SessionForm empty(LocalDate date) {
		return new SessionForm("", SessionKind.HYBRID, date, LocalTime.of(8, 0), LocalTime.of(11, 30), "", "", "", "",
				date.minusDays(1), 30, 300, 15, 0);
	}

	static SessionForm from(SessionView s) {
		return new SessionForm(s.title(), s.kind(), s.date(), s.startTime(), s.endTime(), s.venue(), s.videoLink(),
				s.contact(), s.description(), s.registrationClosesOn(), s.employerCapacity(), s.workerCapacity(),
				s.interviewMinutes(), s.version());
	}

	SessionDetails toDetails() {
		return new SessionDetails(this.title.strip(), this.kind, this.date, this.startTime, this.endTime,
				Text.blankToNull(this.venue), Text.blankToNull(this.videoLink), Text.blankToNull(this.contact),
				Text.blankToNull(this.description), this.registrationClosesOn, this.employerCapacity,
				this.workerCapacity, this.interviewMinutes);
	}

}
