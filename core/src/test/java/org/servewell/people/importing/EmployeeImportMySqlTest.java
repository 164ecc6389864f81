package org.servewell.people.importing;

import org.servewell.testsupport.MySqlTest;

/**
 * Employee import on the MySQL-protocol server through the production driver.
 */
@MySqlTest
class EmployeeImportMySqlTest extends EmployeeImportTests {

}
