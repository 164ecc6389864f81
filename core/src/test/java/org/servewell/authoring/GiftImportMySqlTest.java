package org.servewell.authoring;

import org.servewell.testsupport.MySqlTest;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * GIFT import on the MySQL-protocol server, in the studio's database of its own
 * ({@code servewell_test_authoring}, created when missing).
 */
@MySqlTest
@SpringBootTest(properties = "spring.datasource.url=${SERVEWELL_TEST_MYSQL_AUTHORING_URL:"
		+ "jdbc:mysql://127.0.0.1:3306/servewell_test_authoring?createDatabaseIfNotExist=true}")
class GiftImportMySqlTest extends GiftImportTests {

}
