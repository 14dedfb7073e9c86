package vn.vieclam.portal.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class NationalIdTests {

	@Test
	void aLangSonWomanBornIn1998() {
		assertThat(NationalId.check("020198123456", LocalDate.of(1998, 5, 2), CandidateGender.FEMALE)).isEmpty();
	}

	@Test
	void aSonLaManBornIn2004() {
		assertThat(NationalId.check("014204000123", LocalDate.of(2004, 1, 9), CandidateGender.MALE)).isEmpty();
	}

	@Test
	void eachPartThatDisagreesIsNamed() {
		assertThat(NationalId.check("02019812345", null, null)).contains("nationalId.format");
		assertThat(NationalId.check("099198123456", null, null)).contains("nationalId.province");
		assertThat(NationalId.check("020798123456", null, null)).contains("nationalId.century");
		assertThat(NationalId.check("020198123456", LocalDate.of(1999, 5, 2), null)).contains("nationalId.birthYear");
		assertThat(NationalId.check("020198123456", null, CandidateGender.MALE)).contains("nationalId.gender");
	}

}
