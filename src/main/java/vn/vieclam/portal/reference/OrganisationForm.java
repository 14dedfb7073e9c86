package vn.vieclam.portal.reference;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.vieclam.portal.shared.Text;

record OrganisationForm(
		@NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{organisation.code.pattern}") String code,
		@NotBlank @Size(max = 255) String name,
		@Size(max = 100) String shortName,
		@NotNull OrganisationKind kind,
		Long provinceId,
		Long parentId,
		@Size(max = 255) String address,
		@Size(max = 30) @Pattern(regexp = "[0-9 .+()-]*", message = "{organisation.phone.pattern}") String phone,
		@Size(max = 255) @Email String email,
		LocalDate validFrom,
		LocalDate validTo,
		Long successorId,
		Boolean active,
		long version) {

	OrganisationForm {
		active = Boolean.TRUE.equals(active); // an unticked box sends nothing
	}

	static OrganisationForm empty() {
		return new OrganisationForm("", "", "", null, null, null, "", "", "", null, null, null, true, 0);
	}

	static OrganisationForm from(Organisation o) {
		return new OrganisationForm(o.getCode(), o.getName(), o.getShortName(), o.getKind(),
				o.getProvince() == null ? null : o.getProvince().getId(),
				o.getParent() == null ? null : o.getParent().getId(), o.getAddress(), o.getPhone(), o.getEmail(),
				o.getValidFrom(), o.getValidTo(), o.getSuccessor() == null ? null : o.getSuccessor().getId(),
				o.isActive(), o.getVersion());
	}

	OrganisationDetails toDetails() {
		return new OrganisationDetails(this.name.strip(), Text.blankToNull(this.shortName), this.kind,
				Text.blankToNull(this.address), Text.blankToNull(this.phone), Text.blankToNull(this.email), this.validFrom,
				this.validTo, this.active);
	}

}
