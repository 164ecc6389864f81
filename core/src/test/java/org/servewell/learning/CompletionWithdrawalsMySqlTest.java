package org.servewell.learning;

import org.servewell.testsupport.MySqlTest;

/**
 * Withdrawing certificates on the MySQL-protocol server through the production driver.
 */
@MySqlTest
class CompletionWithdrawalsMySqlTest extends CompletionWithdrawalsTests {

}
