package org.servewell.people.access;

import org.servewell.testsupport.MySqlTest;

/**
 * The access changes recorded on the MySQL-protocol server through the production driver.
 */
@MySqlTest
class AccessChangeLogMySqlTest extends AccessChangeLogTests {

}
