package vn.vieclam.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.vieclam.portal.account.TestUsers;

/**
 * The benchmark data generator (bench/generate.sql, run by psql) at a tiny scale on the test database: the same
 * seed gives the same data (checksum over everything it generated, ids and dates taken relative), and the
 * portal's pages work on what it generated. Everything it added is removed again (bench/cleanup.sql).
 * Skipped where psql is not installed.
 */
@PortalTest
class BenchDataGeneratorTests {

	private static final Path BENCH = Path.of("bench");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JdbcConnectionDetails connection;

	@Test
	void theSameSeedGivesTheSameDataAndThePagesWorkOnIt() throws Exception {
		Assumptions.assumeTrue(onPath("psql"), "psql is not installed");
		long candidatesBefore = count("candidate");
		long vacanciesBefore = count("vacancy");
		try {
			psql("-v", "employers=12", "-v", "vacancies=300", "-v", "candidates=400", "-v", "referrals=60", "-v",
					"sessions=3", "-v", "tasks=5", "-f", BENCH.resolve("generate.sql").toString());
			String first = psql("-At", "-f", BENCH.resolve("checksum.sql").toString()).strip();
			assertThat(count("candidate")).isEqualTo(candidatesBefore + 400);
			assertThat(count("vacancy")).isEqualTo(vacanciesBefore + 300);

			// a generated vacancy on the public board and its page
			Long vacancy = this.jdbc.queryForObject("""
					select min(v.id) from vacancy v join bench_run r on r.tbl = 'vacancy' and v.id between r.min_id and r.max_id
					where v.status = 'PUBLISHED' and v.closing_date >= current_date""", Long.class);
			String title = this.jdbc.queryForObject("select title from vacancy where id = ?", String.class, vacancy);
			Document page = Jsoup.parse(this.mvc.perform(get("/vacancies/" + vacancy)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString());
			assertThat(page.select("h1").text()).isEqualTo(title);
			this.mvc.perform(get("/vacancies").param("q", "cong nhan")).andExpect(status().isOk());

			// a generated candidate in the Lạng Sơn centre's registry, found by name without diacritics
			String name = this.jdbc.queryForObject("""
					select c.full_name from candidate c join organisation o on o.id = c.centre_id
					join bench_run r on r.tbl = 'candidate' and c.id between r.min_id and r.max_id
					where o.code = 'ttdvvl-ls' order by c.id limit 1""", String.class);
			String list = this.mvc
				.perform(get("/candidates").param("q", org.apache.commons.lang3.StringUtils.stripAccents(name).replace('đ', 'd')
					.replace('Đ', 'D')).with(TestUsers.as(this.jdbc, "centre-ls")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(Jsoup.parse(list).select("table tbody").text()).contains(name);

			// the centre's matches for the generated vacancy and the officials' dashboard over the generated rows
			String matches = this.mvc
				.perform(get("/vacancies/" + vacancy + "/matches").with(TestUsers.as(this.jdbc, "centre-ls")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(Jsoup.parse(matches).select("table tbody tr")).isNotEmpty();
			this.mvc.perform(get("/dashboard").with(TestUsers.as(this.jdbc, "official"))).andExpect(status().isOk());

			// again from the same starting point: the same data
			psql("-q", "-f", BENCH.resolve("cleanup.sql").toString());
			assertThat(count("candidate")).isEqualTo(candidatesBefore);
			psql("-v", "employers=12", "-v", "vacancies=300", "-v", "candidates=400", "-v", "referrals=60", "-v",
					"sessions=3", "-v", "tasks=5", "-f", BENCH.resolve("generate.sql").toString());
			assertThat(psql("-At", "-f", BENCH.resolve("checksum.sql").toString()).strip()).isEqualTo(first);

			// another seed, other data
			psql("-q", "-f", BENCH.resolve("cleanup.sql").toString());
			psql("-v", "employers=12", "-v", "vacancies=300", "-v", "candidates=400", "-v", "referrals=60", "-v",
					"sessions=3", "-v", "tasks=5", "-v", "seed=0.7", "-f", BENCH.resolve("generate.sql").toString());
			assertThat(psql("-At", "-f", BENCH.resolve("checksum.sql").toString()).strip()).isNotEqualTo(first);
		}
		finally {
			psql("-q", "-f", BENCH.resolve("cleanup.sql").toString());
		}
		assertThat(count("candidate")).isEqualTo(candidatesBefore);
		assertThat(count("vacancy")).isEqualTo(vacanciesBefore);
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	/** psql on the test database (the URL, user and password the application uses). */
	private String psql(String... args) throws IOException, InterruptedException {
		URI uri = URI.create(this.connection.getJdbcUrl().substring("jdbc:".length()));
		List<String> command = new ArrayList<>(List.of("psql", "-X", "-v", "ON_ERROR_STOP=1", "-h", uri.getHost(), "-p",
				String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()), "-U", this.connection.getUsername(), "-d",
				uri.getPath().substring(1)));
		command.addAll(List.of(args));
		File out = Files.createTempFile("bench-psql", ".out").toFile();
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out);
			builder.environment().put("PGPASSWORD", this.connection.getPassword() == null ? "" : this.connection.getPassword());
			Process process = builder.start();
			assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("psql finished").isTrue();
			String output = Files.readString(out.toPath(), StandardCharsets.UTF_8);
			assertThat(process.exitValue()).as("psql %s: %s", String.join(" ", args), output).isZero();
			return output;
		}
		finally {
			out.delete();
		}
	}

	private static boolean onPath(String program) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(dir, program))) {
				return true;
			}
		}
		return false;
	}

}
