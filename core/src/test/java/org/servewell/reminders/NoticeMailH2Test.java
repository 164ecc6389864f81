package org.servewell.reminders;

import org.springframework.test.context.TestPropertySource;

/**
 * Chosen and interviewers' mails on the embedded database, one of its own so that no
 * other test's people are reminded alongside.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:servewell-notice-mails;MODE=MySQL;"
		+ "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1")
class NoticeMailH2Test extends NoticeMailTests {

}
