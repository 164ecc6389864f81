package org.servewell.reporting;

import org.servewell.testsupport.MySqlTest;

/**
 * Hiring reports on the MySQL-protocol server through the production driver.
 */
@MySqlTest
class HiringReportsMySqlTest extends HiringReportsTests {

}
