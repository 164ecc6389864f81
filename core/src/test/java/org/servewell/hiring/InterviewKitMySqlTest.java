package org.servewell.hiring;

import org.servewell.testsupport.MySqlTest;

/**
 * Interview kits on the MySQL-protocol server through the production driver.
 */
@MySqlTest
class InterviewKitMySqlTest extends InterviewKitTests {

}
