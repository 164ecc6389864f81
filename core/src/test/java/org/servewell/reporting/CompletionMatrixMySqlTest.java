package org.servewell.reporting;

import org.servewell.testsupport.MySqlTest;

/**
 * The completion matrix on the MySQL-protocol server through the production driver, where
 * the CSV streams its rows one at a time.
 */
@MySqlTest
class CompletionMatrixMySqlTest extends CompletionMatrixTests {

}
