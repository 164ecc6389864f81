package org.servewell.authoring;

import org.servewell.testsupport.MySqlTest;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Import limits on the MySQL-protocol server, in the studio tests' database
 * ({@code servewell_test_authoring}): these tests publish nothing and each works on a new
 * course of its own, so they share it safely.
 */
@MySqlTest
@SpringBootTest(properties = "spring.datasource.url=${SERVEWELL_TEST_MYSQL_AUTHORING_URL:"
		+ "jdbc:mysql://127.0.0.1:3306/servewell_test_authoring?createDatabaseIfNotExist=true}")
class ImportLimitMySqlTest extends ImportLimitTests {

}
