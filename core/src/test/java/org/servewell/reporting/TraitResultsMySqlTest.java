package org.servewell.reporting;

import org.servewell.testsupport.MySqlTest;

/**
 * Results by service trait and completions over time on the MySQL-protocol server through
 * the production driver.
 */
@MySqlTest
class TraitResultsMySqlTest extends TraitResultsTests {

}
