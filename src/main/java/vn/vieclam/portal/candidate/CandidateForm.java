package vn.vieclam.portal.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Phone;
import vn.vieclam.portal.shared.Text;

/** The registry form: a person, up to three occupations, and (when registering) the consent they gave. */
record CandidateForm(
		@NotBlank @Size(max = 150) String fullName,
		LocalDate birthDate,
		CandidateGender gender,
		String nationalId,
		String phone,
		@NotNull Long homeProvinceId,
		Long homeCommuneId,
		@Size(max = 255) String homeAddress,
		Education education,
		@NotBlank String skillLevelCode,
		@PositiveOrZero Long desiredWage,
		Boolean willingToRelocate,
		LocalDate earliestStart,
		Boolean needsHousing,
		Set<PriorityGroup> priorityGroups,
		@Size(max = 2000) String notes,
		String occupation1, @Min(0) @Max(60) Integer years1,
		String occupation2, @Min(0) @Max(60) Integer years2,
		String occupation3, @Min(0) @Max(60) Integer years3,
		Boolean consentProcessing,
		Boolean consentSharing,
		long version) {

	CandidateForm {
		willingToRelocate = Boolean.TRUE.equals(willingToRelocate); // unticked boxes send nothing
		needsHousing = Boolean.TRUE.equals(needsHousing);
		consentProcessing = Boolean.TRUE.equals(consentProcessing);
		consentSharing = Boolean.TRUE.equals(consentSharing);
		priorityGroups = priorityGroups == null ? EnumSet.noneOf(PriorityGroup.class) : priorityGroups;
	}

	static CandidateForm empty(Long provinceId) {
		return new CandidateForm("", null, null, "", "", provinceId, null, "", null, "UNSKILLED", null, true, null, false,
				null, "", "", null, "", null, "", null, false, false, 0);
	}

	/** Prefilled from a worker's expression of interest: their consent travels with them. */
	static CandidateForm fromInterest(String fullName, String phone, Long provinceId, Long communeId, String address) {
		return new CandidateForm(fullName, null, null, "", phone, provinceId, communeId, address, null, "UNSKILLED", null,
				true, null, false, null, "", "", null, "", null, "", null, true, true, 0);
	}

	static CandidateForm from(CandidateView c) {
		List<CandidateView.OccupationLine> o = c.occupations();
		return new CandidateForm(c.fullName(), c.birthDate(), c.gender(), c.nationalId(), c.phone(), c.homeProvinceId(),
				c.homeCommuneId(), c.homeAddress(), c.education(), c.skillLevelCode(), c.desiredWage(),
				c.willingToRelocate(), c.earliestStart(), c.needsHousing(), c.priorityGroups(), c.notes(),
				o.size() > 0 ? o.get(0).code() : "", o.size() > 0 ? o.get(0).yearsExperience() : null,
				o.size() > 1 ? o.get(1).code() : "", o.size() > 1 ? o.get(1).yearsExperience() : null,
				o.size() > 2 ? o.get(2).code() : "", o.size() > 2 ? o.get(2).yearsExperience() : null, true,
				c.sharesWithEmployers(), c.version());
	}

	CandidateDetails toDetails() {
		String id = Text.blankToNull(this.nationalId);
		if (id != null) {
			id = id.replaceAll("\\s", "");
		}
		String digits = null;
		if (Text.blankToNull(this.phone) != null) {
			digits = Phone.parse(this.phone).orElseThrow(() -> DomainException.onField("phone", "phone.invalid"));
		}
		List<CandidateOccupation> occupations = new ArrayList<>();
		add(occupations, this.occupation1, this.years1);
		add(occupations, this.occupation2, this.years2);
		add(occupations, this.occupation3, this.years3);
		return new CandidateDetails(this.fullName.strip(), this.birthDate, this.gender, id, digits, this.homeProvinceId,
				this.homeCommuneId, Text.blankToNull(this.homeAddress), this.education, this.skillLevelCode,
				this.desiredWage, this.willingToRelocate, this.earliestStart, this.needsHousing, this.priorityGroups,
				Text.blankToNull(this.notes), occupations);
	}

	Consent toConsent() {
		return new Consent(this.consentProcessing, this.consentSharing, Consent.CURRENT_NOTICE);
	}

	private static void add(List<CandidateOccupation> list, String code, Integer years) {
		if (code != null && !code.isBlank() && list.stream().noneMatch(o -> o.occupationCode().equals(code))) {
			list.add(new CandidateOccupation(code, years == null ? 0 : years));
		}
	}

}
