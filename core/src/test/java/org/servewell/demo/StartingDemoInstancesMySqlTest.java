package org.servewell.demo;

import org.servewell.testsupport.MySqlTest;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Demo instances starting together on the MySQL-protocol server through the production
 * driver, in a database of their own ({@code servewell_test_demo_instances}, created when
 * missing and emptied when the test's context starts) so that the demo data stays out of
 * other tests.
 */
@MySqlTest
@SpringBootTest(properties = "spring.datasource.url=${SERVEWELL_TEST_MYSQL_DEMO_INSTANCES_URL:"
		+ "jdbc:mysql://127.0.0.1:3306/servewell_test_demo_instances?createDatabaseIfNotExist=true}")
class StartingDemoInstancesMySqlTest extends StartingDemoInstancesTests {

}
