package org.servewell.hiring;

import org.servewell.testsupport.MySqlTest;

/**
 * A candidate's data, exported and erased, on the MySQL-protocol server through the
 * production driver.
 */
@MySqlTest
class PrivacyMySqlTest extends PrivacyTests {

}
