package org.servewell.reporting;

/**
 * Results by service trait and completions over time on the embedded database.
 */
class TraitResultsH2Test extends TraitResultsTests {

}
