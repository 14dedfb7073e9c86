package vn.vieclam.portal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Every test runs on real PostgreSQL, chosen in this order:
 * <ol>
 * <li>{@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USERNAME} / {@code TEST_DATABASE_PASSWORD}) when set —
 * CI creates a fresh database and names it here;</li>
 * <li>a Testcontainers PostgreSQL when a Docker engine answers;</li>
 * <li>else the machine's PostgreSQL on localhost:5432, in a database {@code portal_test} that is dropped and
 * created afresh once per test JVM.</li>
 * </ol>
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	static final String URL = System.getenv("TEST_DATABASE_URL");

	private static Boolean docker;

	@Bean
	@ServiceConnection
	@Conditional(UseContainer.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:16-alpine");
	}

	@Bean
	@Conditional(UseServer.class)
	JdbcConnectionDetails serverConnection() {
		String url = URL;
		String username = env("TEST_DATABASE_USERNAME", "postgres");
		String password = env("TEST_DATABASE_PASSWORD", "");
		if (url == null || url.isBlank()) {
			url = LocalTestDatabase.freshOnce(username, password);
		}
		String jdbcUrl = url;
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return username;
			}

			@Override
			public String getPassword() {
				return password;
			}

			@Override
			public String getJdbcUrl() {
				return jdbcUrl;
			}
		};
	}

	static synchronized boolean dockerAvailable() {
		if (docker == null) {
			try {
				docker = DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException ex) {
				docker = false;
			}
		}
		return docker;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	static class UseContainer implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return (URL == null || URL.isBlank()) && dockerAvailable();
		}

	}

	static class UseServer implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !new UseContainer().matches(context, metadata);
		}

	}

	/** The machine's own PostgreSQL, for a developer who has neither Docker nor TEST_DATABASE_URL. */
	static final class LocalTestDatabase {

		private static final String HOST = "jdbc:postgresql://localhost:5432/";

		private static final String NAME = "portal_test";

		private static boolean fresh;

		static synchronized String freshOnce(String username, String password) {
			if (!fresh) {
				try (Connection admin = DriverManager.getConnection(HOST + "postgres", username, password);
						Statement statement = admin.createStatement()) {
					statement.execute("drop database if exists " + NAME + " with (force)");
					statement.execute("create database " + NAME);
				}
				catch (SQLException ex) {
					throw new IllegalStateException("""
							No PostgreSQL for the tests: set TEST_DATABASE_URL (and TEST_DATABASE_USERNAME, \
							TEST_DATABASE_PASSWORD), start a Docker engine, or run PostgreSQL on localhost:5432 \
							(on these machines: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start).""",
							ex);
				}
				fresh = true;
			}
			return HOST + NAME;
		}

	}

}
