package vn.vieclam.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The operator's backup script, end to end: the demo data is dumped with {@code pg_dump -Fc}, restored into a
 * fresh database, every table's row count compared; then the portal starts on the restored database (Hibernate
 * validates its schema; Flyway is off so a wrong URL can never migrate another database) and its public job board shows the same count of vacancies as the original's.
 */
class BackupRestoreIT {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aBackupRestoresIntoAFreshDatabaseWithTheSameRowsAndThePortalServesItsPages() throws Exception {
		try (ConfigurableApplicationContext source = new SpringApplicationBuilder(PortalApplication.class,
				TestDatabase.class)
			.profiles("demo")
			.properties("server.port=0", "portal.reminders.cron=-", "portal.dashboard.cache-ttl=0")
			.run()) {
			JdbcConnectionDetails connection = source.getBean(JdbcConnectionDetails.class);
			String database;
			try (Connection c = source.getBean(DataSource.class).getConnection()) {
				database = c.getCatalog();
			}
			URI server = URI.create(connection.getJdbcUrl().substring("jdbc:".length()));
			String restored = database + "_restored";
			// The portal's pool works as portal_app (V80), which owns no database: the owner drops the copy.
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(
					connection.getJdbcUrl(), connection.getUsername(), connection.getPassword(), true));
			jdbc.execute("drop database if exists " + restored + " with (force)");
			Path dump = Files.createDirectories(Path.of("target", "backup")).resolve(database + ".dump");
			Files.deleteIfExists(dump);

			ProcessBuilder script = new ProcessBuilder("bash", "src/ops/backup-restore.sh", "roundtrip", database, restored,
					dump.toString()).redirectErrorStream(true);
			script.environment().put("PGHOST", server.getHost());
			script.environment().put("PGPORT", String.valueOf(server.getPort() < 0 ? 5432 : server.getPort()));
			script.environment().put("PGUSER", connection.getUsername());
			script.environment().put("PGPASSWORD", connection.getPassword() == null ? "" : connection.getPassword());
			Process run = script.start();
			String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(run.waitFor()).as(output).isZero();
			assertThat(output).contains("row counts match");

			String restoredUrl = "jdbc:postgresql://" + server.getHost() + ":"
					+ (server.getPort() < 0 ? 5432 : server.getPort()) + "/" + restored;
			// Command-line arguments, not builder properties: those are defaults that application.properties outranks,
			// and the copy would start on the default database instead of the restored one.
			try (ConfigurableApplicationContext copy = new SpringApplicationBuilder(PortalApplication.class).run(
					"--server.port=0", "--portal.reminders.cron=-", "--portal.import.cleanup.cron=-",
					"--portal.dashboard.cache-ttl=0", "--spring.docker.compose.enabled=false",
					"--portal.database.create-if-missing=false", "--spring.flyway.enabled=false",
					"--spring.datasource.url=" + restoredUrl, "--spring.datasource.username=" + connection.getUsername(),
					"--spring.datasource.password=" + (connection.getPassword() == null ? "" : connection.getPassword()))) {
				try (Connection c = copy.getBean(DataSource.class).getConnection()) {
					assertThat(c.getCatalog()).isEqualTo(restored);
				}
				String original = boardCount(source);
				assertThat(original).isNotBlank();
				assertThat(boardCount(copy)).isEqualTo(original);
			}
			finally {
				jdbc.execute("drop database if exists " + restored + " with (force)");
			}
		}
	}

	/** The job board's "n vacancies" line, as a visitor reads it. */
	private String boardCount(ConfigurableApplicationContext context) throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		HttpResponse<String> board = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/vacancies")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(board.statusCode()).isEqualTo(200);
		return Jsoup.parse(board.body()).select("p.text-muted.small").text();
	}

}
