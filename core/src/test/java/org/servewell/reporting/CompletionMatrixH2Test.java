package org.servewell.reporting;

/**
 * The completion matrix on the embedded database.
 */
class CompletionMatrixH2Test extends CompletionMatrixTests {

}
