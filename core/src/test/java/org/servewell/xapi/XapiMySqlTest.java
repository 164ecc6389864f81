package org.servewell.xapi;

import org.servewell.testsupport.MySqlTest;

/**
 * xAPI statements on the MySQL-protocol server through the production driver.
 */
@MySqlTest
class XapiMySqlTest extends XapiTests {

}
