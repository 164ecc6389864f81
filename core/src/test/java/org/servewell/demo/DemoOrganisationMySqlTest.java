package org.servewell.demo;

import org.servewell.testsupport.MySqlTest;

/**
 * The demo organisation on the MySQL-protocol server through the production driver, with
 * batches rewritten to multi-row statements as in production.
 */
@MySqlTest
class DemoOrganisationMySqlTest extends DemoOrganisationTests {

}
