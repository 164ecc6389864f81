package org.servewell.reminders;

import org.springframework.test.context.TestPropertySource;

/**
 * The daily run's pages on the embedded database, one of its own.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:servewell-reminder-pages;MODE=MySQL;"
		+ "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1")
class ReminderPageH2Test extends ReminderPageTests {

}
