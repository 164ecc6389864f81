package org.servewell.authoring;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Import limits on the embedded database, in a database of its own.
 */
@SpringBootTest(
		properties = "spring.datasource.url=jdbc:h2:mem:servewell-import-limits;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
				+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1")
class ImportLimitH2Test extends ImportLimitTests {

}
