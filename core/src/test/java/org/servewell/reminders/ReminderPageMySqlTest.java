package org.servewell.reminders;

import org.servewell.testsupport.MySqlTest;

/**
 * The daily run's pages on the MySQL-protocol server through the production driver, whose
 * batches become multi-row inserts there (rewriteBatchedStatements).
 */
@MySqlTest
class ReminderPageMySqlTest extends ReminderPageTests {

}
