package vn.vieclam.portal.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.vieclam.portal.TestDatabase;

/**
 * An upload over the servlet's limit, sent as a browser sends it to the real container (MockMvc skips the
 * multipart limits): the user is back on the page they came from with a Vietnamese message, never a bare 413.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestDatabase.class)
class UploadLimitTests {

	/** Over spring.servlet.multipart.max-file-size (24 MB) but under what Tomcat reads to the end. */
	private static final int OVERSIZED = 25 * 1024 * 1024;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void anOversizedImportFileComesBackBesideTheFileField() throws Exception {
		signIn("centre-ls");
		String token = csrf(get("/candidates/import").body());
		HttpResponse<String> response = upload("/candidates/import", "/candidates/import", token, OVERSIZED);
		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).endsWith("/candidates/import");

		Document page = Jsoup.parse(get(location).body());
		assertThat(page.getElementById("file-error").text()).contains("Tệp lớn hơn 20 MB");
		assertThat(page.getElementById("file").hasClass("is-invalid")).isTrue();
		// The message is beside the field, not repeated in the alert above the page.
		assertThat(page.select(".alert-danger")).isEmpty();
		// Nothing was staged.
		assertThat(page.text()).doesNotContain("danh-sach-qua-lon.xlsx");
	}

	@Test
	void anyOtherPageGetsTheMessageInItsAlert() throws Exception {
		signIn("centre-ls");
		String token = csrf(get("/candidates/import").body());
		HttpResponse<String> response = upload("/candidates/import", "/candidates", token, OVERSIZED);
		assertThat(response.statusCode()).isEqualTo(302);
		Document page = Jsoup.parse(get(response.headers().firstValue("Location").orElseThrow()).body());
		assertThat(page.select(".alert-danger").text()).contains("Tệp quá lớn nên chưa được tải lên (tối đa 24 MB)");
	}

	@Test
	void aFileOverTheWholeRequestLimitToo() throws Exception {
		signIn("centre-ls");
		String token = csrf(get("/candidates/import").body());
		HttpResponse<String> response = upload("/candidates/import", "/candidates/import?page=0", token, 40 * 1024 * 1024);
		assertThat(response.statusCode()).isEqualTo(302);
		Document page = Jsoup.parse(get(response.headers().firstValue("Location").orElseThrow()).body());
		assertThat(page.getElementById("file-error").text()).contains("Tệp lớn hơn 20 MB");
	}

	@Test
	void aUserWhoMayNotImportIsStillRefused() throws Exception {
		signIn("employer");
		String token = csrf(get("/employer").body());
		HttpResponse<String> response = upload("/candidates/import", "/employer", token, 1024);
		assertThat(response.statusCode()).isEqualTo(403);
	}

	private HttpResponse<String> upload(String path, String from, String token, int size) throws Exception {
		String boundary = "----portal" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		part(body, boundary, "_csrf", null, token.getBytes(StandardCharsets.UTF_8));
		part(body, boundary, "consentProcessing", null, "true".getBytes(StandardCharsets.UTF_8));
		part(body, boundary, "file", "danh-sach-qua-lon.xlsx", new byte[size]);
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Referer", "http://localhost:" + this.port + from)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] content)
			throws Exception {
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
				+ (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream")
				+ "\r\n\r\n";
		body.write(head.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write("\r\n".getBytes(StandardCharsets.UTF_8));
	}

	private void signIn(String username) throws Exception {
		String token = csrf(get("/login").body());
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=portal-demo&_csrf=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
	}

	private static String csrf(String html) {
		return html.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
	}

	private HttpResponse<String> get(String path) throws Exception {
		String url = path.startsWith("http") ? path : "http://localhost:" + this.port + path;
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
