package vn.vieclam.portal.conference;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.vieclam.portal.shared.Text;

/** A conference's particulars as typed; times as HH:mm. */
record ConferenceForm(
		@NotNull ConferenceKind kind,
		@NotBlank @Size(max = 300) String title,
		@NotNull ConferenceFormat format,
		@NotNull LocalDate date,
		@NotBlank @Pattern(regexp = TIME, message = "{conference.time.invalid}") String startTime,
		@Pattern(regexp = "(" + TIME + ")?", message = "{conference.time.invalid}") String plannedEnd,
		@Size(max = 300) String venue,
		@NotNull Long hostId,
		Long coHostId,
		@Size(max = 500) String coChairs,
		@Size(max = 300) String budgetSource,
		Long provinceId,
		@Min(1) @Max(100_000) Integer seatingCapacity,
		Boolean acceptsQuestions,
		LocalDate questionsCloseOn,
		LocalDate nominationsDueOn,
		long version) {

	static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";

	ConferenceForm {
		acceptsQuestions = Boolean.TRUE.equals(acceptsQuestions);
	}

	static ConferenceForm empty(Long hostId, LocalDate date) {
		return new ConferenceForm(ConferenceKind.LABOUR_PROMOTION, "", ConferenceFormat.HYBRID, date, "08:00", "11:00", "",
				hostId, null, "", "", null, null, false, null, null, 0);
	}

	static ConferenceForm from(ConferenceDetails d, long version) {
		return new ConferenceForm(d.kind(), d.title(), d.format(), d.date(), d.startTime().toString(),
				d.plannedEnd() == null ? "" : d.plannedEnd().toString(), d.venue(), d.hostId(), d.coHostId(), d.coChairs(),
				d.budgetSource(), d.provinceId(), d.seatingCapacity(), d.acceptsQuestions(), d.questionsCloseOn(),
				d.nominationsDueOn(), version);
	}

	ConferenceDetails toDetails() {
		return new ConferenceDetails(this.kind, this.title.strip(), this.format, this.date, LocalTime.parse(this.startTime),
				Text.blankToNull(this.plannedEnd) == null ? null : LocalTime.parse(this.plannedEnd), Text.blankToNull(this.venue),
				this.hostId, this.coHostId, Text.blankToNull(this.coChairs), Text.blankToNull(this.budgetSource),
				this.provinceId, this.seatingCapacity, this.acceptsQuestions, this.questionsCloseOn, this.nominationsDueOn);
	}

}
