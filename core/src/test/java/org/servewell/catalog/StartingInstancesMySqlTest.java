package org.servewell.catalog;

import org.servewell.testsupport.MySqlTest;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Instances starting together on the MySQL-protocol server through the production driver,
 * in a database of their own ({@code servewell_test_instances}, created when missing) so
 * that the courses they load stay out of other tests.
 */
@MySqlTest
@SpringBootTest(properties = "spring.datasource.url=${SERVEWELL_TEST_MYSQL_INSTANCES_URL:"
		+ "jdbc:mysql://127.0.0.1:3306/servewell_test_instances?createDatabaseIfNotExist=true}")
class StartingInstancesMySqlTest extends StartingInstancesTests {

}
