package vn.vieclam.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL goes away while the portal runs: pages answer a friendly 503 within the pool's bounded wait, and
 * once the database is back the portal serves again by itself, without a restart. The portal reaches the test
 * database through a {@link TcpProxy} that the test cuts and restores.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.connection-timeout=2000", "portal.dashboard.cache-ttl=0" })
@ActiveProfiles("demo")
@DirtiesContext
class DatabaseOutageTests {

	static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");

	static TcpProxy proxy;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@DynamicPropertySource
	static void throughTheProxy(DynamicPropertyRegistry registry) {
		String username = System.getenv().getOrDefault("TEST_DATABASE_USERNAME", "postgres");
		String password = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");
		String url = TestDatabase.URL == null || TestDatabase.URL.isBlank()
				? TestDatabase.LocalTestDatabase.freshOnce(username, password) : TestDatabase.URL;
		Matcher m = JDBC_URL.matcher(url);
		assertThat(m.matches()).as("a PostgreSQL JDBC URL: " + url).isTrue();
		proxy = new TcpProxy(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)));
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + m.group(3));
		registry.add("spring.datasource.username", () -> username);
		registry.add("spring.datasource.password", () -> password);
	}

	@AfterAll
	static void closeProxy() {
		proxy.close();
	}

	@Test
	void whileTheDatabaseIsAwayPagesSayTryAgainAndTheyServeAgainWhenItReturns() throws Exception {
		assertThat(get("/vacancies").statusCode()).isEqualTo(200);

		proxy.cut();
		try {
			long started = System.nanoTime();
			HttpResponse<String> away = get("/vacancies");
			long waitedMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
			assertThat(away.statusCode()).as(away.headers().map() + "\n" + away.body()).isEqualTo(503);
			assertThat(away.headers().firstValue("Retry-After")).contains("30");
			assertThat(away.body()).contains("Hệ thống tạm thời gián đoạn", "Dữ liệu của bạn không bị mất")
				.doesNotContain("Exception", "SQL", "at org.");
			assertThat(waitedMs).as("bounded by the pool's connection timeout, not hanging").isLessThan(15_000);
		}
		finally {
			proxy.restore();
		}

		int status = 0;
		for (int attempt = 0; attempt < 30 && status != 200; attempt++) {
			status = get("/vacancies").statusCode();
			if (status != 200) {
				Thread.sleep(1000);
			}
		}
		assertThat(status).as("served again after the database returned, without a restart").isEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
