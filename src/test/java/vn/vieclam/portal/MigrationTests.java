package vn.vieclam.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shared test context starts with {@code ddl-auto=validate} on a database that Flyway built from empty,
 * so its mere start proves entities and schema agree; this checks what Flyway recorded.
 */
@PortalTest
class MigrationTests {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyMigrationAppliedCleanlyFromAnEmptyDatabase() {
		MigrationInfo[] applied = this.flyway.info().applied();
		assertThat(applied).isNotEmpty().allMatch(info -> info.getState().isApplied() && !info.getState().isFailed());
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(this.jdbc.queryForObject("select min(installed_rank) from flyway_schema_history", Integer.class))
			.isEqualTo(1);
		assertThat(applied[0].getVersion().getVersion()).isEqualTo("1");
	}

	@Test
	void foldingMatchesVietnameseWithoutDiacritics() {
		assertThat(this.jdbc.queryForObject("select fold('Đình Trám, Lạng Sơn, Hòa Bình')", String.class))
			.isEqualTo("dinh tram, lang son, hoa binh");
	}

}
