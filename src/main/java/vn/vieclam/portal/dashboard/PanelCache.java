package vn.vieclam.portal.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dashboard's big figures ({@link PanelSource#cacheable()}), kept for a short while
 * ({@code portal.dashboard.cache-ttl}, default one minute) per panel, year (for the figures that follow the chosen year) and language: each aggregates a whole table (a million vacancies or candidates at full data), and
 * every official who opens the page would otherwise run them all again. Zero turns the cache off. Each entry
 * remembers when it was computed, so a figure is never older than the TTL; concurrent first requests may
 * compute it twice, never block each other.
 */
@Component
class PanelCache {

	private record Entry(DashboardPanel panel, Instant computedAt) {
	}

	private final Duration ttl;

	private final Clock clock;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	@Autowired
	PanelCache(@Value("${portal.dashboard.cache-ttl:60s}") Duration ttl) {
		this(ttl, Clock.systemUTC());
	}

	PanelCache(Duration ttl, Clock clock) {
		this.ttl = ttl;
		this.clock = clock;
	}

	DashboardPanel panel(PanelSource source, int year, Locale locale) {
		if (!source.cacheable() || this.ttl.isZero() || this.ttl.isNegative()) {
			return source.panel(year, locale);
		}
		// a figure that does not follow the year is one entry whichever year the official looks at
		String key = source.key() + "|" + (source.perYear() ? year : "") + "|" + locale.toLanguageTag();
		Instant now = this.clock.instant();
		Entry entry = this.entries.get(key);
		if (entry == null || !entry.computedAt().plus(this.ttl).isAfter(now)) {
			entry = new Entry(source.panel(year, locale), now);
			this.entries.put(key, entry);
		}
		return entry.panel();
	}

}
