package vn.vieclam.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the portal on one database behind Debian's haproxy, round robin with no stickiness: a user who
 * signs in through one instance is served by the other, their CSRF token holds on either, and a flash message set
 * by one shows on the page the other renders. Sessions live in PostgreSQL (Spring Session JDBC); nothing is kept
 * on an instance's disk or heap. haproxy names the instance that answered in {@code X-Served-By}.
 */
class TwoInstancesIT {

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	static Process haproxy;

	static int proxyPort;

	final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	static void startTwoInstancesAndTheProxy() throws Exception {
		// one after the other: the second finds the schema migrated and the demo data loaded
		first = instance();
		second = instance();
		proxyPort = freePort();
		Path config = Path.of("target/two-instances/haproxy.cfg");
		Files.createDirectories(config.getParent());
		Files.writeString(config, """
				defaults
				  mode http
				  timeout connect 5s
				  timeout client 30s
				  timeout server 30s
				frontend portal
				  bind 127.0.0.1:%d
				  default_backend instances
				backend instances
				  balance roundrobin
				  http-response set-header X-Served-By %%[srv_name]
				  server first 127.0.0.1:%d
				  server second 127.0.0.1:%d
				""".formatted(proxyPort, port(first), port(second)));
		String binary = Files.isExecutable(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy";
		haproxy = new ProcessBuilder(binary, "-db", "-f", config.toString()).redirectErrorStream(true)
			.redirectOutput(Path.of("target/two-instances/haproxy.log").toFile()).start();
		for (int i = 0; i < 50 && !listening(proxyPort); i++) {
			Thread.sleep(100);
		}
		assertThat(listening(proxyPort)).as("haproxy listens (target/two-instances/haproxy.log)").isTrue();
	}

	@AfterAll
	static void stopAll() {
		if (haproxy != null) {
			haproxy.destroy();
		}
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void aUserSignedInThroughOneInstanceIsServedByTheOtherWithCsrfAndFlashIntact() throws Exception {
		HttpResponse<String> login = get("/login");
		String csrf = csrf(Jsoup.parse(login.body()), "form[action='/login']");
		HttpResponse<String> signIn = post("/login", Map.of("username", "admin", "password", "portal-demo", "_csrf", csrf));
		assertThat(servedBy(signIn)).as("the form came from one instance, the post went to the other")
			.isNotEqualTo(servedBy(login));
		assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/login/code");
		// the half-way sign-in lives in the shared session too: the code page and the code go to different instances
		HttpResponse<String> codePage = get("/login/code");
		assertThat(codePage.statusCode()).isEqualTo(200);
		HttpResponse<String> code = post("/login/code", Map.of("code", DemoCodes.next("admin"), "_csrf",
				csrf(Jsoup.parse(codePage.body()), "form[action='/login/code']")));
		assertThat(servedBy(code)).isNotEqualTo(servedBy(codePage));
		assertThat(code.headers().firstValue("Location").orElseThrow()).endsWith("/admin");

		HttpResponse<String> home = get("/admin");
		HttpResponse<String> again = get("/admin");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(servedBy(home)).isNotEqualTo(servedBy(again));

		Long id = new JdbcTemplate(first.getBean(javax.sql.DataSource.class))
			.queryForObject("select id from app_user where username = 'employer2'", Long.class);
		try {
			HttpResponse<String> user = get("/admin/users/" + id);
			HttpResponse<String> disable = post("/admin/users/" + id + "/disable",
					Map.of("_csrf", csrf(Jsoup.parse(user.body()), "form[action$='/disable']")));
			assertThat(disable.statusCode()).isEqualTo(302);
			HttpResponse<String> after = get(disable.headers().firstValue("Location").orElseThrow());
			assertThat(servedBy(after)).as("the redirect's page comes from the other instance").isNotEqualTo(servedBy(disable));
			assertThat(Jsoup.parse(after.body()).text()).contains("Đã vô hiệu hoá tài khoản");
		}
		finally {
			new JdbcTemplate(first.getBean(javax.sql.DataSource.class))
				.update("update app_user set enabled = true where username = 'employer2'");
		}
	}

	private static ConfigurableApplicationContext instance() {
		return new SpringApplicationBuilder(PortalApplication.class, TestDatabase.class).profiles("demo")
			.properties("server.port=0", "portal.reminders.cron=-", "portal.dashboard.cache-ttl=0")
			.run();
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static boolean listening(int port) {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String servedBy(HttpResponse<?> response) {
		return response.headers().firstValue("X-Served-By").orElseThrow();
	}

	private static String csrf(Document page, String form) {
		String token = page.select(form + " input[name=_csrf]").attr("value");
		assertThat(token).as("a CSRF token in " + form).isNotBlank();
		return token;
	}

	private HttpResponse<String> get(String path) throws Exception {
		String url = path.startsWith("http") ? path : "http://127.0.0.1:" + proxyPort + path;
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String body = form.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxyPort + path))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
