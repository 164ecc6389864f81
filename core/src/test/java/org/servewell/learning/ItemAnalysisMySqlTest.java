package org.servewell.learning;

import org.servewell.testsupport.MySqlTest;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Item analysis on the MySQL-protocol server through the production driver.
 */
// Its own database: other test classes submit attempts at the same course.
@MySqlTest
@SpringBootTest(properties = "spring.datasource.url=${SERVEWELL_TEST_MYSQL_ITEMS_URL:"
		+ "jdbc:mysql://127.0.0.1:3306/servewell_test_items?createDatabaseIfNotExist=true}")
class ItemAnalysisMySqlTest extends ItemAnalysisTests {

}
