package org.servewell.learning;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Item analysis on the embedded database.
 */
// Its own database: other test classes submit attempts at the same course.
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:servewell-items;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
		+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1")
class ItemAnalysisH2Test extends ItemAnalysisTests {

}
