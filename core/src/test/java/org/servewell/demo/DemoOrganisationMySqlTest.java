package org.servewell.demo;

import org.springframework.boot.test.context.SpringBootTest;

import org.servewell.testsupport.MySqlTest;

/**
 * The demo organisation on the MySQL-protocol server through the production driver, with
 * batches rewritten to multi-row statements as in production.
 */
// Its own database: the demo profile's context cleans and fills the schema it starts on,
// which would empty the shared test database under other classes' cached contexts.
@MySqlTest
@SpringBootTest(properties = "spring.datasource.url=${SERVEWELL_TEST_MYSQL_DEMO_URL:"
		+ "jdbc:mysql://127.0.0.1:3306/servewell_test_demo?createDatabaseIfNotExist=true}")
class DemoOrganisationMySqlTest extends DemoOrganisationTests {

}
