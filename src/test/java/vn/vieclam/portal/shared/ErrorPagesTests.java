package vn.vieclam.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import vn.vieclam.portal.TestDatabase;

/**
 * Error pages through the real servlet container (MockMvc does not render Boot's error pages): friendly,
 * Vietnamese, with a reference, and never a stack trace or SQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import({ TestDatabase.class, ErrorPagesTests.Failing.class })
class ErrorPagesTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

	@Test
	void anUnknownPageIsAFriendly404() throws Exception {
		signIn("centre-bg");
		HttpResponse<String> response = get("/khong-co-trang-nay");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Không tìm thấy trang").contains("Mã tham chiếu").doesNotContain("Whitelabel");
	}

	@Test
	void aFailureIsAFriendly500WithAReferenceAndNoStackTrace() throws Exception {
		signIn("employer");
		HttpResponse<String> response = get("/test/failure");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Hệ thống gặp sự cố").contains("Mã tham chiếu")
			.doesNotContain("IllegalStateException").doesNotContain("select ").doesNotContain("at vn.vieclam");
	}

	@Test
	void englishErrorPagesToo() throws Exception {
		signIn("centre-bg");
		HttpResponse<String> response = get("/khong-co-trang-nay?lang=en");
		assertThat(response.body()).contains("Page not found");
	}

	@Test
	void healthAnswersWithTheDatabaseInReadiness() throws Exception {
		for (String probe : new String[] { "/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness" }) {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + probe))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(probe).isEqualTo(200);
			assertThat(response.body()).as(probe).contains("\"status\":\"UP\"");
		}
	}

	private void signIn(String username) throws Exception {
		String form = get("/login").body();
		String token = form.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=portal-demo&_csrf=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
	}

	private HttpResponse<String> get(String path) throws Exception {
		// A browser asks for HTML; without that Boot's error answer is JSON (with the same reference, no trace).
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@RestController
	static class Failing {

		@GetMapping("/test/failure")
		String fail() {
			throw new IllegalStateException("select secret from somewhere");
		}

	}

}
