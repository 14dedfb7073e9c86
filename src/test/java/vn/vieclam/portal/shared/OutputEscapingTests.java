package vn.vieclam.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.account.TestUsers;

/** What users type comes back as text, never as markup: templates escape, and the few unescaped outputs are listed. */
@PortalTest
class OutputEscapingTests {

	/** Templates allowed to print unescaped text ({@code th:utext}, {@code [(...)]}), with the reason. Empty: none needs it. */
	static final Set<String> UNESCAPED_ALLOWED = Set.of();

	static final Pattern UNESCAPED = Pattern.compile("th:utext|\\[\\(\\$\\{|\\[\\(#\\{|\\[\\(\\*\\{");

	static final String SCRIPT = "<script>alert('xss')</script>";

	static final String ATTRIBUTE_BREAKER = "\" onmouseover=\"alert(1)\" x=\"";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void noTemplatePrintsUnescapedTextOutsideTheAllowList() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<String> offenders = files.filter(path -> path.toString().endsWith(".html"))
				.filter(path -> UNESCAPED.matcher(read(path)).find())
				.map(path -> Path.of("src/main/resources/templates").relativize(path).toString())
				.filter(name -> !UNESCAPED_ALLOWED.contains(name))
				.toList();
			assertThat(offenders).as("templates with th:utext or [(...)] not in the allow-list").isEmpty();
		}
	}

	@Test
	void scriptsAndAttributeBreakersTypedIntoACandidateRecordComeBackAsText() throws Exception {
		Long province = this.jdbc.queryForObject("select id from admin_unit where level = 'PROVINCE' and name = 'Lạng Sơn'",
				Long.class);
		String notes = SCRIPT + ATTRIBUTE_BREAKER + "<img src=x onerror=alert(2)>";
		String location = this.mvc.perform(post("/candidates/new").param("fullName", "Hoàng Văn Thắm")
				.param("nationalId", "020090000777").param("phone", "0915000777").param("birthDate", "02/09/1990")
				.param("gender", "MALE").param("homeProvinceId", province.toString()).param("skillLevelCode", "UNSKILLED")
				.param("occupation1", "82").param("years1", "1").param("notes", notes).param("consentProcessing", "true")
				.param("consentSharing", "true").param("version", "0")
				.with(csrf()).with(TestUsers.as(this.jdbc, "centre-ls")))
			.andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		try {
			String html = this.mvc.perform(get(location).with(TestUsers.as(this.jdbc, "centre-ls")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			Document page = Jsoup.parse(html);
			assertThat(page.text()).as("the notes read as the user typed them").contains(notes);
			assertThat(html).doesNotContain(SCRIPT).doesNotContain("<img src=x").contains("&lt;script&gt;");
			assertThat(page.select("script").eachAttr("src")).as("only the portal's own scripts")
				.allSatisfy(src -> assertThat(src).startsWith("/"));
			assertThat(page.select("[onmouseover], [onerror]")).isEmpty();
		}
		finally {
			this.jdbc.update("delete from candidate_occupation where candidate_id in (select id from candidate where phone = '0915000777')");
			this.jdbc.update("delete from candidate where phone = '0915000777'");
		}
	}

	private static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
