package org.servewell.authoring;

import org.servewell.testsupport.MySqlTest;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Import limits on the MySQL-protocol server, in a database of its own
 * ({@code servewell_test_import_limits}, created when missing).
 */
@MySqlTest
@SpringBootTest(properties = "spring.datasource.url=${SERVEWELL_TEST_MYSQL_IMPORT_LIMITS_URL:"
		+ "jdbc:mysql://127.0.0.1:3306/servewell_test_import_limits?createDatabaseIfNotExist=true}")
class ImportLimitMySqlTest extends ImportLimitTests {

}
