package org.servewell.catalog;

import org.springframework.test.context.TestPropertySource;

/**
 * Instances starting together on the embedded database, one of its own so that the
 * courses they load stay out of other tests.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:servewell-starting-instances;MODE=MySQL;"
		+ "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1")
class StartingInstancesH2Test extends StartingInstancesTests {

}
