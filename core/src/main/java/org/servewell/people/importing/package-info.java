/**
 * Employee import: HR and administrators upload a CSV file of employees, see a preview of
 * who would be created, changed and deactivated with every problem by line and column,
 * then import the whole file in one transaction or nothing.
 */
// Exposed to web (the import view) and audit (which records each import from the
// EmployeesImported event: people cannot depend on audit, which depends on people).
@org.springframework.modulith.NamedInterface("importing")
package org.servewell.people.importing;
