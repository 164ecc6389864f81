package org.servewell.demo;

import org.springframework.test.context.TestPropertySource;

/**
 * The demo organisation on the embedded database, one of its own so that no other test's
 * rows mix in.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:servewell-demo-organisation;MODE=MySQL;"
		+ "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1")
class DemoOrganisationH2Test extends DemoOrganisationTests {

}
