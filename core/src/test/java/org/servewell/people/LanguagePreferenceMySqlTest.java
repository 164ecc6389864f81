package org.servewell.people;

import org.servewell.testsupport.MySqlTest;

/**
 * The language choice on the MySQL-protocol server through the production driver.
 */
@MySqlTest
class LanguagePreferenceMySqlTest extends LanguagePreferenceTests {

}
