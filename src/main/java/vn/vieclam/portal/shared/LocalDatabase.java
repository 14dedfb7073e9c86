package vn.vieclam.portal.shared;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes one start-up command work on both kinds of machine. With a Docker engine, Spring Boot's
 * Docker Compose support brings up {@code docker-compose.yml}'s PostgreSQL. Without one (a docker
 * client may still exist), Compose support is switched off and the configured PostgreSQL is used,
 * its database created when missing.
 */
public class LocalDatabase implements EnvironmentPostProcessor, Ordered {

	private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/]+)/([A-Za-z0-9_]+)(\\?.*)?");

	private final Log log;

	public LocalDatabase(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(LocalDatabase.class);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getProperty("spring.docker.compose.enabled") == null) {
			boolean engine = dockerEngineAnswers();
			environment.getPropertySources()
				.addLast(new MapPropertySource("portalDockerDetection",
						Map.of("spring.docker.compose.enabled", String.valueOf(engine))));
			if (engine) {
				return; // Compose supplies the connection; its container creates the database.
			}
		}
		else if (environment.getProperty("spring.docker.compose.enabled", Boolean.class, false)) {
			return;
		}
		if (environment.getProperty("portal.database.create-if-missing", Boolean.class, false)) {
			createDatabaseIfMissing(environment.getProperty("spring.datasource.url", ""),
					environment.getProperty("spring.datasource.username", "postgres"),
					environment.getProperty("spring.datasource.password", ""));
		}
	}

	private boolean dockerEngineAnswers() {
		try {
			Process process = new ProcessBuilder("docker", "info", "--format", "{{.ServerVersion}}")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false; // no docker client at all
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private void createDatabaseIfMissing(String url, String username, String password) {
		Matcher matcher = JDBC_URL.matcher(url);
		if (!matcher.matches()) {
			return;
		}
		String database = matcher.group(2);
		String adminUrl = "jdbc:postgresql://" + matcher.group(1) + "/postgres";
		try (Connection connection = DriverManager.getConnection(adminUrl, username, password);
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, database);
			try (ResultSet rs = exists.executeQuery()) {
				if (rs.next()) {
					return;
				}
			}
			try (Statement create = connection.createStatement()) {
				// The name was matched against [A-Za-z0-9_]+ above, so it is safe to splice.
				create.execute("create database " + database);
				this.log.info("Created PostgreSQL database '" + database + "'");
			}
		}
		catch (SQLException ex) {
			this.log.warn("Could not check or create database '" + database + "' at " + matcher.group(1) + ": "
					+ ex.getMessage());
		}
	}

}
