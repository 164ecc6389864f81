package org.servewell.people.importing;

/**
 * Employee import on the embedded database.
 */
class EmployeeImportH2Test extends EmployeeImportTests {

}
