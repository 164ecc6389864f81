package org.servewell.people;

import org.servewell.testsupport.MySqlTest;

/**
 * People lists and keys on the MySQL-protocol server through the production driver.
 */
@MySqlTest
class PeopleSearchMySqlTest extends PeopleSearchTests {

}
