package org.servewell.people.importing;

/**
 * Something in an employee file that stops it being imported.
 *
 * @param line the file line, 1 being the header; 0 for the file as a whole
 * @param column the column's label, or empty when the problem is not one column's
 * @param message what is wrong and how to fix it
 */
public record ImportProblem(long line, String column, String message) {

	static ImportProblem ofFile(String message) {
		return new ImportProblem(0, "", message);
	}

	static ImportProblem at(long line, EmployeeColumn column, String message) {
		return new ImportProblem(line, (column != null) ? column.label() : "", message);
	}

	/** "line 214, manager: no person with email x@example.org." */
	public String describe() {
		String where = (this.line > 0) ? "line " + this.line : "file";
		return where + (this.column.isEmpty() ? "" : ", " + this.column) + ": " + this.message;
	}

}
