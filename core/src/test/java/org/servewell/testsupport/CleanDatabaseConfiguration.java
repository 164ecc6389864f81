package org.servewell.testsupport;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * A shared MySQL-protocol test database starts each test run from an empty schema, so
 * that the migrations are exercised from the first one and no earlier run's rows leak in.
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("mysqltest")
public class CleanDatabaseConfiguration {

	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return (flyway) -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}
