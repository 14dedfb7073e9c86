package vn.vieclam.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTests {

	final Formats fmt = new Formats();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void wagesAsAWorkerReadsThemInVietnameseAndInEnglish() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		assertThat(this.fmt.vnd(8_500_000)).isEqualTo("8.500.000 ₫");
		assertThat(this.fmt.vnd(10_500_000L)).isEqualTo("10.500.000 ₫");
		assertThat(this.fmt.vnd(950)).isEqualTo("950 ₫");
		assertThat(this.fmt.vnd(null)).isEmpty();
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.fmt.vnd(8_500_000)).isEqualTo("8,500,000 VND");
	}

	@Test
	void numbersWithAndWithoutDecimals() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		assertThat(this.fmt.number(12_000)).isEqualTo("12.000");
		assertThat(this.fmt.number(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
		assertThat(this.fmt.number(-7)).isEqualTo("-7");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.fmt.number(1234.5)).isEqualTo("1,234.5");
		assertThat(this.fmt.number(1_000_000)).isEqualTo("1,000,000");
	}

	@Test
	void groupingWritesWholeNumbersAsNumberFormatDoes() {
		NumberFormat vietnamese = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
		NumberFormat english = NumberFormat.getIntegerInstance(Locale.US);
		SplittableRandom random = new SplittableRandom(42);
		for (int i = 0; i < 10_000; i++) {
			long value = switch (i % 4) {
				case 0 -> random.nextLong(-1_000, 1_000);
				case 1 -> random.nextLong(-10_000_000, 100_000_000);
				case 2 -> random.nextLong();
				default -> (long) Math.pow(10, i % 19) * (i % 2 == 0 ? 1 : -1);
			};
			assertThat(Formats.grouped(value, '.')).as("%d", value).isEqualTo(vietnamese.format(value));
			assertThat(Formats.grouped(value, ',')).as("%d", value).isEqualTo(english.format(value));
		}
		assertThat(Formats.grouped(Long.MIN_VALUE, ',')).isEqualTo(english.format(Long.MIN_VALUE));
	}

}
