package vn.vieclam.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.vieclam.portal.TestDatabase;

/**
 * Issue 9's first render under a slow mobile network, measured, not asserted (a benchmark: its name keeps it out
 * of {@code ./mvnw verify}; {@code bench/reach/run.sh} runs it and appends the table to bench/RESULTS.md). A phone
 * (360 px, DevTools device metrics) with an empty cache opens the home, the board and a vacancy RUNS times under
 * each network profile (DevTools network throttling); the figure is the first contentful paint after the
 * navigation started, with the bytes transferred.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestDatabase.class)
class FirstRenderBench {

	/** name, round-trip latency (ms), download and upload (bytes/s). */
	record Network(String name, int latency, int download, int upload) {
	}

	static final List<Network> NETWORKS = List.of(
			// WebPageTest's "3G Slow": 400 kbps each way, 400 ms round trip.
			new Network("3G Slow (WebPageTest: 400 kbps, 400 ms RTT)", 400, 400_000 / 8, 400_000 / 8),
			// Chrome DevTools' "Slow 3G" preset (500 kbps × 0.8, 400 ms × 5): one request alone waits 2 s.
			new Network("Slow 3G (DevTools preset: 400 kbps, 2,000 ms latency)", 2000, 500_000 / 8 * 8 / 10,
					500_000 / 8 * 8 / 10));

	static final int RUNS = Integer.getInteger("reach.runs", 5);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void firstRenderOfThePublicPagesUnderSlowNetworks() throws IOException {
		long vacancy = ReachIT.publishedVacancy(this.jdbc);
		List<String> paths = List.of("/", "/vacancies", "/vacancies/" + vacancy);
		StringBuilder table = new StringBuilder("""
				| network | page | first contentful paint, median ms | min–max ms | KB transferred | goal |
				|---|---|--:|--:|--:|---|
				""");
		try (Browser phone = Browser.phoneOnFirstVisits(this.port)) {
			for (Network network : NETWORKS) {
				for (String path : paths) {
					List<Double> paints = new ArrayList<>();
					long bytes = 0;
					for (int run = 0; run < RUNS; run++) {
						phone.devtools("Network.emulateNetworkConditions", Map.of("offline", false, "latency",
								network.latency(), "downloadThroughput", network.download(), "uploadThroughput",
								network.upload()));
						phone.open(path);
						double paint = phone.firstContentfulPaint();
						assertThat(paint).as("first contentful paint of %s", path).isPositive();
						paints.add(paint);
						bytes = phone.transferred().values().stream().mapToLong(Long::longValue).sum();
					}
					Collections.sort(paints);
					table.append("| %s | `%s` | %.0f | %.0f–%.0f | %.1f | ≤ 2,000 ms |%n".formatted(network.name(), path,
							paints.get(paints.size() / 2), paints.get(0), paints.get(paints.size() - 1), bytes / 1024.0));
				}
			}
		}
		Path out = Path.of("target", "reach", "first-render.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table, StandardCharsets.UTF_8);
	}

}
