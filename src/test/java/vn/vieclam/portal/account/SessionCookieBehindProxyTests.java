package vn.vieclam.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.vieclam.portal.TestDatabase;

/**
 * The real Tomcat, reached the way a TLS-terminating proxy on the same host reaches it: with
 * {@code X-Forwarded-Proto: https} the session cookie is Secure; on plain http (the local demo) it is not, so
 * signing in still works there. HttpOnly and SameSite=Lax both ways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "portal.dashboard.cache-ttl=0", "portal.reminders.cron=-" })
@ActiveProfiles("demo")
@Import(TestDatabase.class)
class SessionCookieBehindProxyTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void behindTlsTheSessionCookieIsSecureHttpOnlyAndLax() throws Exception {
		String cookie = sessionCookie("https");
		assertThat(cookie).contains("PORTAL_SESSION=").contains("; Secure").contains("HttpOnly").contains("SameSite=Lax");
	}

	@Test
	void onPlainHttpTheCookieIsNotSecureSoTheLocalDemoStillSignsIn() throws Exception {
		String cookie = sessionCookie(null);
		assertThat(cookie).contains("PORTAL_SESSION=").contains("HttpOnly").contains("SameSite=Lax")
			.doesNotContain("Secure");
	}

	/** The login page creates the session (its form carries a CSRF token), so it sets the cookie. */
	private String sessionCookie(String forwardedProto) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login"));
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream().filter(c -> c.startsWith("PORTAL_SESSION=")).findFirst().orElse("");
	}

}
