package org.servewell.people;

import org.servewell.testsupport.MySqlTest;

/**
 * The people service on the MySQL-protocol server through the production driver.
 */
@MySqlTest
class PeopleServiceMySqlTest extends PeopleServiceTests {

}
