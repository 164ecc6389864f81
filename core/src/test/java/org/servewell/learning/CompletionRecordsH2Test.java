package org.servewell.learning;

/**
 * Completions as other systems read them, on the embedded database.
 */
class CompletionRecordsH2Test extends CompletionRecordsTests {

}
