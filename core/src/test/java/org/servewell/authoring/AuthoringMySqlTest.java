package org.servewell.authoring;

import org.servewell.testsupport.MySqlTest;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The studio on the MySQL-protocol server, in a database of its own
 * ({@code servewell_test_authoring}, created when missing): the courses it publishes must
 * not show up in other tests' catalogue.
 */
@MySqlTest
@SpringBootTest(properties = "spring.datasource.url=${SERVEWELL_TEST_MYSQL_AUTHORING_URL:"
		+ "jdbc:mysql://127.0.0.1:3306/servewell_test_authoring?createDatabaseIfNotExist=true}")
class AuthoringMySqlTest extends AuthoringTests {

}
