package vn.vieclam.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.vieclam.portal.PortalTest;

/**
 * Walks every handler method the application registers and asks it as each kind of visitor: anonymous, and one
 * demo user of each role. The answers must be those of {@code security/access-matrix.csv}; an endpoint that is
 * missing from the table fails the test, so a new page cannot ship without someone deciding who may open it.
 *
 * <p>Path variables are filled with ids that do not exist: the table is about the role gate (who gets past
 * security at all), while whose rows a user may see is proved per module with real ids of two organisations
 * ("foreign ids answer 404"). Answers are: {@code pass} (past the gate: any answer but 403 or the login page),
 * {@code login} (sent to the login page), {@code 403}. No request, whatever its role, may answer 5xx: a
 * missing or empty form is bad input and gets a page, not an error.
 */
@PortalTest
class AccessMatrixTests {

	static final String TABLE = "security/access-matrix.csv";

	/** The actors of the table's columns, in order; {@code null} is the anonymous visitor. */
	static final Map<String, String> ACTORS = new LinkedHashMap<>();
	static {
		ACTORS.put("anonymous", null);
		ACTORS.put("admin", "admin");
		ACTORS.put("official", "official");
		ACTORS.put("centre", "centre-bg");
		ACTORS.put("employer", "employer");
	}

	static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	/** Why a request failed, for the report. */
	final Map<String, String> failures = new TreeMap<>();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyEndpointAnswersEachRoleAsTheTableSays() throws Exception {
		Map<String, Map<String, String>> expected = readTable();
		Map<String, Map<String, String>> actual = new TreeMap<>();
		for (String endpoint : endpoints()) {
			Map<String, String> answers = new LinkedHashMap<>();
			for (var actor : ACTORS.entrySet()) {
				answers.put(actor.getKey(), answer(endpoint, actor.getValue()));
			}
			actual.put(endpoint, answers);
		}
		writeObserved(actual);

		List<String> problems = new ArrayList<>();
		for (var row : actual.entrySet()) {
			Map<String, String> wanted = expected.get(row.getKey());
			if (wanted == null) {
				problems.add("not in " + TABLE + ": " + row.getKey() + " (observed " + row.getValue().values() + ")");
				continue;
			}
			for (var cell : row.getValue().entrySet()) {
				if (cell.getValue().equals("5xx")) {
					problems.add(row.getKey() + " as " + cell.getKey() + " answers 5xx: bad input must get a page, not an error");
				}
				else if (!cell.getValue().equals(wanted.get(cell.getKey()))) {
					problems.add(row.getKey() + " as " + cell.getKey() + ": expected " + wanted.get(cell.getKey())
							+ ", got " + cell.getValue());
				}
			}
		}
		for (String gone : expected.keySet()) {
			if (!actual.containsKey(gone)) {
				problems.add("in " + TABLE + " but no longer registered: " + gone);
			}
		}
		this.failures.forEach((request, why) -> problems.add(request + " failed: " + why));
		assertThat(problems).as("the access matrix (observed table in target/access-matrix-observed.csv)").isEmpty();
	}

	@Test
	void theTableCoversTheWholeApplicationNotAFewPages() {
		assertThat(endpoints()).hasSizeGreaterThan(150);
		assertThat(readTable().values()).anySatisfy(row -> assertThat(row).containsEntry("anonymous", "pass"))
			.anySatisfy(row -> assertThat(row).containsEntry("employer", "403"));
	}

	/** "GET /vacancies/{id}" for every pattern and method of every handler; a mapping without a method counts as GET and POST. */
	TreeSet<String> endpoints() {
		TreeSet<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			var methods = info.getMethodsCondition().getMethods();
			List<RequestMethod> each = methods.isEmpty() ? List.of(RequestMethod.GET, RequestMethod.POST) : List.copyOf(methods);
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/error")) {
					continue; // Boot's error controller answers whatever status it is given; the error pages have their own tests
				}
				for (RequestMethod method : each) {
					endpoints.add(method.name() + " " + pattern);
				}
			}
		}
		return endpoints;
	}

	String answer(String endpoint, String username) throws Exception {
		String[] parts = endpoint.split(" ", 2);
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(parts[0]), concrete(parts[1]))
			.with(csrf());
		if (username != null) {
			request = request.with(TestUsers.as(this.jdbc, username));
		}
		MockHttpServletResponse response;
		try {
			response = this.mvc.perform(request).andReturn().getResponse();
		}
		catch (jakarta.servlet.ServletException ex) {
			// MockMvc hands on what the running portal would turn into its 500 page
			java.io.StringWriter trace = new java.io.StringWriter();
			ex.printStackTrace(new java.io.PrintWriter(trace));
			Files.writeString(Path.of("target/access-matrix-failures.txt"), endpoint + "\n" + trace + "\n\n",
					StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
			this.failures.put(endpoint + " as " + (username == null ? "anonymous" : username), String.valueOf(ex.getRootCause()));
			return "5xx";
		}
		int status = response.getStatus();
		if (status >= 500) {
			return "5xx";
		}
		if (status == 403) {
			return "403";
		}
		String location = response.getRedirectedUrl();
		if (status == 302 && location != null && location.replaceFirst("^https?://[^/]+", "").startsWith("/login")) {
			return "login";
		}
		return "pass";
	}

	/** A path with each variable replaced by a value that names nothing: a number for ids, a word otherwise. */
	static String concrete(String pattern) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String regex = matcher.group(2);
			boolean numeric = name.toLowerCase().endsWith("id") || (regex != null && regex.contains("\\d"))
					|| name.equals("year") || name.equals("quarter") || name.equals("n");
			matcher.appendReplacement(path, numeric ? (name.equals("year") ? "2023" : "987654321") : "khong-co");
		}
		matcher.appendTail(path);
		return path.toString().replace("/**", "/khong-co");
	}

	static Map<String, Map<String, String>> readTable() {
		Map<String, Map<String, String>> table = new TreeMap<>();
		try {
			List<String> lines = new ClassPathResource(TABLE).getContentAsString(StandardCharsets.UTF_8).lines().toList();
			List<String> header = List.of(lines.get(0).split(","));
			assertThat(header).containsExactly("method", "pattern", "anonymous", "admin", "official", "centre", "employer");
			for (String line : lines.subList(1, lines.size())) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split(",", -1);
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 2; i < header.size(); i++) {
					row.put(header.get(i), cells[i].trim());
					assertThat(cells[i].trim()).as(line).isIn("pass", "login", "403");
				}
				assertThat(table.put(cells[0] + " " + cells[1], row)).as("a row twice: " + line).isNull();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return table;
	}

	/** What the application answered, in the table's own format: to review a change, diff it with the table. */
	static void writeObserved(Map<String, Map<String, String>> actual) throws IOException {
		StringBuilder csv = new StringBuilder("method,pattern," + String.join(",", ACTORS.keySet()) + "\n");
		actual.forEach((endpoint, answers) -> csv.append(endpoint.replace(' ', ','))
			.append(',')
			.append(String.join(",", answers.values()))
			.append('\n'));
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/access-matrix-observed.csv"), csv, StandardCharsets.UTF_8);
	}

}
