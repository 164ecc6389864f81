package org.servewell.learning;

import org.servewell.testsupport.MySqlTest;

/**
 * Progress figures on the MySQL-protocol server through the production driver.
 */
@MySqlTest
class ProgressMySqlTest extends ProgressTests {

}
