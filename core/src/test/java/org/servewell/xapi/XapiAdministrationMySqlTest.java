package org.servewell.xapi;

import org.servewell.testsupport.MySqlTest;

/**
 * Setting the learning record store on the MySQL-protocol server through the production
 * driver.
 */
@MySqlTest
class XapiAdministrationMySqlTest extends XapiAdministrationTests {

}
