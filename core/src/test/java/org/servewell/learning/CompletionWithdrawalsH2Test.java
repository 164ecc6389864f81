package org.servewell.learning;

/**
 * Withdrawing certificates on the embedded database.
 */
class CompletionWithdrawalsH2Test extends CompletionWithdrawalsTests {

}
