package org.servewell.hiring;

/**
 * Screening on the embedded database.
 */
class ScreeningH2Test extends ScreeningTests {

}
