package org.servewell.web.security;

import org.springframework.test.context.TestPropertySource;

/**
 * Two instances on one embedded database (named, so that both contexts in this JVM open
 * the same one).
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:servewell-sessions-across-instances;MODE=MySQL;"
		+ "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1")
class SessionsAcrossInstancesH2Test extends SessionsAcrossInstancesTests {

}
