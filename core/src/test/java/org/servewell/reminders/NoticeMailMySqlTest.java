package org.servewell.reminders;

import org.servewell.testsupport.MySqlTest;

/**
 * Chosen and interviewers' mails on the MySQL-protocol server through the production
 * driver.
 */
@MySqlTest
class NoticeMailMySqlTest extends NoticeMailTests {

}
