package vn.vieclam.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneTests {

	@Test
	void mobilesAndLandlinesAsPeopleWriteThem() {
		assertThat(Phone.parse("0912 345 678")).contains("0912345678");
		assertThat(Phone.parse("+84 912.345.678")).contains("0912345678");
		assertThat(Phone.parse("0204 3661 234")).contains("02043661234");
		assertThat(Phone.display("02043661234")).isEqualTo("0204 3661 234");
	}

	@Test
	void notVietnameseNumbers() {
		assertThat(Phone.parse("12345")).isEmpty();
		assertThat(Phone.parse("0112345678")).isEmpty();
		assertThat(Phone.parse("abc")).isEmpty();
	}

}
