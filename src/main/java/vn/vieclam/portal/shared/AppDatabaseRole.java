package vn.vieclam.portal.shared;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two database roles from one set of credentials. The application's pool runs {@code set role portal_app} on every
 * new connection ({@code spring.datasource.hikari.connection-init-sql}), so what the application does is limited to
 * portal_app's rights: it cannot UPDATE, DELETE or TRUNCATE the audit trail (V80). Flyway must keep the schema
 * owner's rights, so it gets its own, unpooled connection with the same URL and credentials, without the
 * {@code set role}. The credentials come from {@link JdbcConnectionDetails}, so this works the same for
 * {@code spring.datasource.*}, Docker Compose and Testcontainers.
 *
 * <p>
 * Why {@code set role} and not a second login: a login role needs a password that every environment (a developer's
 * PostgreSQL, Compose, CI, Testcontainers, several instances) would have to be given and kept in step, and a
 * migration cannot set it without putting it in the repository. With {@code set role} nothing has to be set up. The
 * limit: code that ran {@code reset role} on its own connection would regain the owner's rights; no code does, and
 * the trigger from V5 still refuses changes to audit rows.
 */
@Configuration(proxyBeanMethods = false)
class AppDatabaseRole {

	static final String ROLE = "portal_app";

	@Bean
	FlywayConfigurationCustomizer flywayAsSchemaOwner(JdbcConnectionDetails connection) {
		return configuration -> configuration.dataSource(connection.getJdbcUrl(), connection.getUsername(),
				connection.getPassword());
	}

}
