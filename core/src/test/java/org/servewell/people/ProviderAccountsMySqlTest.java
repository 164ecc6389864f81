package org.servewell.people;

import org.servewell.testsupport.MySqlTest;

/**
 * Single sign-on's matching on the MySQL-protocol server through the production driver.
 */
@MySqlTest
class ProviderAccountsMySqlTest extends ProviderAccountsTests {

}
