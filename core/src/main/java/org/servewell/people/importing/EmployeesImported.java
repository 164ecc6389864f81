package org.servewell.people.importing;

import java.util.List;

/**
 * Published inside the import's transaction once an employee file has been imported, so
 * that the audit log records who imported what and what changed, all or nothing with the
 * import.
 *
 * @param result what the import did
 */
public record EmployeesImported(ImportPreview result) {

	/** The people created, changed or deactivated. */
	public List<PersonChange> changes() {
		return this.result.changes();
	}

}
