package org.servewell.reporting;

/**
 * The overdue and due-soon list on the embedded database.
 */
class OverdueReportH2Test extends OverdueReportTests {

}
