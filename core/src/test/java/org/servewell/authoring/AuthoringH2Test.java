package org.servewell.authoring;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The studio on the embedded database, in a database of its own: the courses it publishes
 * must not show up in other tests' catalogue.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:servewell-authoring;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
		+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1")
class AuthoringH2Test extends AuthoringTests {

}
