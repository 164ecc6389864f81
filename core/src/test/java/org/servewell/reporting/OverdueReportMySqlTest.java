package org.servewell.reporting;

import org.servewell.testsupport.MySqlTest;

/**
 * The overdue and due-soon list on the MySQL-protocol server through the production
 * driver.
 */
@MySqlTest
class OverdueReportMySqlTest extends OverdueReportTests {

}
