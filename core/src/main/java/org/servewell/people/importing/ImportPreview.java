package org.servewell.people.importing;

import java.util.List;

/**
 * What importing a file would do, with nothing written: how many people would be created,
 * changed, deactivated and left alone, the departments it would create, and every problem
 * that stops the import.
 *
 * @param fileName the file's name
 * @param created people the file adds
 * @param changed people whose details the file changes
 * @param deactivated people the file marks not active who are active now
 * @param unchanged people the file names as they already are
 * @param deactivatedNotInFile active people the file does not name who would be
 * deactivated, when the import was asked to ({@link ImportOptions#deactivateOthers()})
 * @param newDepartments departments that do not exist yet and would be created, as the
 * person form creates them
 * @param changes each created, changed or deactivated person, in file order, then those
 * deactivated because they are not in the file (line 0)
 * @param problems what must be fixed before the file can be imported; empty when it can
 */
public record ImportPreview(String fileName, int created, int changed, int deactivated, int unchanged,
		int deactivatedNotInFile, List<String> newDepartments, List<PersonChange> changes,
		List<ImportProblem> problems) {

	public ImportPreview {
		newDepartments = List.copyOf(newDepartments);
		changes = List.copyOf(changes);
		problems = List.copyOf(problems);
	}

	/** Whether the file can be imported as it is. */
	public boolean importable() {
		return this.problems.isEmpty();
	}

	/** Rows the file names people in. */
	public int rows() {
		return this.created + this.changed + this.deactivated + this.unchanged;
	}

}
