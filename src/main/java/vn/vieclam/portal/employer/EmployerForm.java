package vn.vieclam.portal.employer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Phone;
import vn.vieclam.portal.shared.Text;

/** An enterprise's details as typed: by itself on registration or its profile, or by an official. */
record EmployerForm(
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
		@Size(max = 255) @Email String contactEmail,
		long version) {

	static EmployerForm empty() {
		return new EmployerForm("", "", "", null, null, "", null, null, "", "", "", 0);
	}

	static EmployerForm from(EmployerView e) {
		return new EmployerForm(e.name(), e.taxCode(), e.sectorCode(), e.provinceId(), e.communeId(), e.address(),
				e.industrialZoneId(), e.workforceSize(), e.contactName(), e.contactPhone(), e.contactEmail(), e.version());
	}

	/** Normalised details; a tax code or phone that is not valid is refused on its field. */
	EmployerDetails toDetails() {
		return details(this.name, this.taxCode, this.sectorCode, this.provinceId, this.communeId, this.address,
				this.industrialZoneId, this.workforceSize, this.contactName, this.contactPhone, this.contactEmail);
	}

	static EmployerDetails details(String name, String taxCode, String sectorCode, Long provinceId, Long communeId,
			String address, Long industrialZoneId, Integer workforceSize, String contactName, String contactPhone,
			String contactEmail) {
		String tax = TaxCode.parse(taxCode).orElseThrow(() -> DomainException.onField("taxCode", "employer.taxCode.invalid"));
		String phone = Phone.parse(contactPhone)
			.orElseThrow(() -> DomainException.onField("contactPhone", "phone.invalid"));
		return new EmployerDetails(name.strip(), tax, sectorCode, provinceId, communeId, address.strip(), industrialZoneId,
				workforceSize, contactName.strip(), phone, Text.blankToNull(contactEmail));
	}

}
