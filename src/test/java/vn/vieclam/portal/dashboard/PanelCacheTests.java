package vn.vieclam.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The dashboard's short cache of its big figures: computed once per period and language, never older than that. */
class PanelCacheTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	/** A figure that counts how often it is computed; its title argument is that count. */
	static class CountingSource implements PanelSource {

		final AtomicInteger computed = new AtomicInteger();

		final boolean cacheable;

		final boolean perYear;

		CountingSource(boolean cacheable) {
			this(cacheable, false);
		}

		CountingSource(boolean cacheable, boolean perYear) {
			this.cacheable = cacheable;
			this.perYear = perYear;
		}

		@Override
		public boolean perYear() {
			return this.perYear;
		}

		@Override
		public String key() {
			return "vacancies-by-sector";
		}

		@Override
		public int order() {
			return 1;
		}

		@Override
		public boolean cacheable() {
			return this.cacheable;
		}

		@Override
		public DashboardPanel panel(int year, Locale locale) {
			return new DashboardPanel(key(), "t", List.of(this.computed.incrementAndGet()), "none", "c", List.of(),
					List.of(), null, null);
		}

	}

	static class MovableClock extends Clock {

		Instant now = Instant.parse("2026-12-02T08:00:00Z");

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

	@Test
	void aBigFigureIsComputedOncePerMinuteAndLanguage() {
		MovableClock clock = new MovableClock();
		PanelCache cache = new PanelCache(Duration.ofSeconds(60), clock);
		CountingSource source = new CountingSource(true);
		assertThat(cache.panel(source, 2026, VI).titleArgs()).containsExactly(1);
		clock.now = clock.now.plusSeconds(59);
		assertThat(cache.panel(source, 2026, VI).titleArgs()).containsExactly(1);
		assertThat(cache.panel(source, 2026, Locale.ENGLISH).titleArgs()).containsExactly(2);
		clock.now = clock.now.plusSeconds(1);
		assertThat(cache.panel(source, 2026, VI).titleArgs()).containsExactly(3);
		assertThat(source.computed).hasValue(3);
	}

	@Test
	void figuresOfficialsChangeFromTheDashboardAndAZeroPeriodAreAlwaysFresh() {
		MovableClock clock = new MovableClock();
		CountingSource lights = new CountingSource(false);
		PanelCache cache = new PanelCache(Duration.ofSeconds(60), clock);
		cache.panel(lights, 2026, VI);
		cache.panel(lights, 2026, VI);
		assertThat(lights.computed).hasValue(2);
		CountingSource big = new CountingSource(true);
		PanelCache off = new PanelCache(Duration.ZERO, clock);
		off.panel(big, 2026, VI);
		off.panel(big, 2026, VI);
		assertThat(big.computed).hasValue(2);
	}

	@Test
	void aYearlyFigureIsKeptPerYearAndTheOthersOnceForAllYears() {
		MovableClock clock = new MovableClock();
		PanelCache cache = new PanelCache(Duration.ofSeconds(60), clock);
		CountingSource referrals = new CountingSource(true, true);
		assertThat(cache.panel(referrals, 2024, VI).titleArgs()).containsExactly(1);
		assertThat(cache.panel(referrals, 2025, VI).titleArgs()).containsExactly(2);
		assertThat(cache.panel(referrals, 2024, VI).titleArgs()).containsExactly(1);
		CountingSource vacancies = new CountingSource(true, false);
		assertThat(cache.panel(vacancies, 2024, VI).titleArgs()).containsExactly(1);
		assertThat(cache.panel(vacancies, 2025, VI).titleArgs()).containsExactly(1);
		assertThat(vacancies.computed).hasValue(1);
	}

}
