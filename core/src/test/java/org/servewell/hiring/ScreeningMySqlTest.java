package org.servewell.hiring;

import org.servewell.testsupport.MySqlTest;

/**
 * Screening on the MySQL-protocol server through the production driver.
 */
@MySqlTest
class ScreeningMySqlTest extends ScreeningTests {

}
