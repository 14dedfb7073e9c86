package vn.vieclam.portal.conference;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.vieclam.portal.shared.Text;

/** An item of the programme as typed. */
record AgendaForm(
		@NotNull AgendaType type,
		@NotBlank @Size(max = 500) String title,
		@Size(max = 200) String presenter,
		@Size(max = 300) String presenterOrganisation,
		@NotNull @Min(1) @Max(600) Integer durationMinutes) {

	static AgendaForm empty() {
		return new AgendaForm(AgendaType.SPEECH, "", "", "", 10);
	}

	AgendaDetails toDetails() {
		return new AgendaDetails(this.type, this.title.strip(), Text.blankToNull(this.presenter),
				Text.blankToNull(this.presenterOrganisation), this.durationMinutes);
	}

}
