package org.servewell.reminders;

import org.servewell.testsupport.MySqlTest;

/**
 * Reminders on the MySQL-protocol server through the production driver.
 */
@MySqlTest
class ReminderMySqlTest extends ReminderTests {

}
