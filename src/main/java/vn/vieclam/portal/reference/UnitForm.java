package vn.vieclam.portal.reference;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record UnitForm(@NotBlank @Size(max = 150) String name, LocalDate validFrom, LocalDate validTo, Long successorId,
		long version) {

	static UnitForm from(AdminUnit unit) {
		return new UnitForm(unit.getName(), unit.getValidFrom(), unit.getValidTo(),
				unit.getSuccessor() == null ? null : unit.getSuccessor().getId(), unit.getVersion());
	}

}
