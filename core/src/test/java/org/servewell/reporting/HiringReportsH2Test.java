package org.servewell.reporting;

/**
 * Hiring reports on the embedded database.
 */
class HiringReportsH2Test extends HiringReportsTests {

}
