package org.servewell.demo;

import org.springframework.test.context.TestPropertySource;

/**
 * Demo instances starting together on the embedded database, one of its own so that the
 * demo data stays out of other tests.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:servewell-starting-demo-instances;MODE=MySQL;"
		+ "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1")
class StartingDemoInstancesH2Test extends StartingDemoInstancesTests {

}
