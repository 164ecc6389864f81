package org.servewell.catalog;

import org.servewell.testsupport.MySqlTest;

/**
 * The catalogue on the MySQL-protocol server through the production driver.
 */
@MySqlTest
class CatalogMySqlTest extends CatalogTests {

}
