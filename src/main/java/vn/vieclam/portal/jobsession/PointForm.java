package vn.vieclam.portal.jobsession;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.vieclam.portal.shared.Text;

/** A co-hosting centre's meeting point: where people gather (an address) or how they join (a video link). */
record PointForm(
		@NotNull Long centreId,
		@Size(max = 255) String address,
		@Size(max = 500) @Pattern(regexp = "^$|^https://\\S+$", message = "{jobsession.link.invalid}") String videoLink,
		@Size(max = 200) String contact) {

	static PointForm empty() {
		return new PointForm(null, "", "", "");
	}

	PointDetails toDetails() {
		return new PointDetails(Text.blankToNull(this.address), Text.blankToNull(this.videoLink),
				Text.blankToNull(this.contact));
	}

}
