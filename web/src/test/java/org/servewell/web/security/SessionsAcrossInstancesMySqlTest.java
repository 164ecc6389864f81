package org.servewell.web.security;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Two instances on the MySQL-protocol server through the production driver, in a database
 * of their own ({@code servewell_test_sessions}, which .ci/run creates), emptied when the
 * test starts. Runs with {@code -Dservewell.mysql.tests=true}, as the core MySQL tests.
 */
@EnabledIfSystemProperty(named = "servewell.mysql.tests", matches = "true")
@TestPropertySource(properties = {
		"spring.datasource.url=${SERVEWELL_TEST_MYSQL_SESSIONS_URL:"
				+ "jdbc:mysql://127.0.0.1:3306/servewell_test_sessions?createDatabaseIfNotExist=true}",
		"spring.datasource.username=${SERVEWELL_TEST_MYSQL_USER:servewell}",
		"spring.datasource.password=${SERVEWELL_TEST_MYSQL_PASSWORD:servewell}", "spring.flyway.clean-disabled=false",
		"spring.datasource.hikari.data-source-properties.rewriteBatchedStatements=true" })
@Import(SessionsAcrossInstancesMySqlTest.EmptyDatabase.class)
class SessionsAcrossInstancesMySqlTest extends SessionsAcrossInstancesTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class EmptyDatabase {

		@Bean
		FlywayMigrationStrategy cleanThenMigrate() {
			return (flyway) -> {
				flyway.clean();
				flyway.migrate();
			};
		}

	}

}
