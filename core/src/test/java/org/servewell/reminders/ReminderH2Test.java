package org.servewell.reminders;

import org.springframework.test.context.TestPropertySource;

/**
 * Reminders on the embedded database, one of its own so that no other test's people are
 * reminded alongside.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:servewell-reminders;MODE=MySQL;"
		+ "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1")
class ReminderH2Test extends ReminderTests {

}
