package vn.vieclam.portal.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.vieclam.portal.shared.Text;

/** A conclusion notice's header as typed, with the source it concludes. */
record NoticeForm(@NotNull SourceKind source, Long sourceId, @NotBlank @Size(max = 60) String number,
		@NotNull LocalDate issuedOn, @NotNull Long issuerId, @NotBlank @Size(max = 200) String signer,
		@Size(max = 200) String signerTitle, @Size(max = 8000) String summary) {

	static NoticeForm empty(SourceKind source, Long sourceId) {
		return new NoticeForm(source, sourceId, "", null, null, "", "", "");
	}

	NoticeDetails toDetails() {
		return new NoticeDetails(this.number.strip(), this.issuedOn, this.issuerId, this.signer.strip(),
				Text.blankToNull(this.signerTitle),
				Text.blankToNull(this.summary));
	}

}
