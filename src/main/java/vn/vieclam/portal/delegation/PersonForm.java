package vn.vieclam.portal.delegation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.vieclam.portal.shared.Text;

/** A person to add, as typed. */
record PersonForm(@NotNull PersonSide side, @NotBlank @Size(max = 200) String fullName, @Size(max = 200) String jobTitle,
		Long organisationId, @NotNull MemberRole role) {

	static PersonForm empty() {
		return new PersonForm(PersonSide.VISITOR, "", "", null, MemberRole.MEMBER);
	}

	PersonDetails toDetails() {
		return new PersonDetails(this.side, this.fullName.strip(), Text.blankToNull(this.jobTitle), this.organisationId,
				this.role);
	}

}
