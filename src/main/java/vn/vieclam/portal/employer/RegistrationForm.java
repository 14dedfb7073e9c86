package vn.vieclam.portal.employer;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** An enterprise registering itself: its details and its first user. */
record RegistrationForm(
		@NotBlank @Size(max = 255) String name,
		@NotBlank String taxCode,
		@NotBlank String sectorCode,
		@NotNull Long provinceId,
		Long communeId,
		@NotBlank @Size(max = 255) String address,
		Long industrialZoneId,
		@NotNull @PositiveOrZero @Max(1_000_000) Integer workforceSize,
		@NotBlank @Size(max = 150) String contactName,
		@NotBlank String contactPhone,
		@NotBlank @Size(max = 255) @Email String contactEmail,
		@NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{user.username.pattern}") String username,
		@NotBlank String password,
		@AssertTrue(message = "{employer.register.terms}") Boolean accepted) {

	RegistrationForm {
		accepted = Boolean.TRUE.equals(accepted); // an unticked box sends nothing
	}

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "", null, null, "", null, null, "", "", "", "", "", false);
	}

	EmployerDetails toDetails() {
		return EmployerForm.details(this.name, this.taxCode, this.sectorCode, this.provinceId, this.communeId,
				this.address, this.industrialZoneId, this.workforceSize, this.contactName, this.contactPhone,
				this.contactEmail);
	}

}
