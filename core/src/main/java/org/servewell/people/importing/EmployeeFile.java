package org.servewell.people.importing;

import java.util.List;
import java.util.Set;

/**
 * An employee file as read: its rows and what is wrong with them on their own, before
 * they are compared with the people Servewell knows. Kept by the import screen between
 * the preview and the import, so the file is read once.
 *
 * @param fileName the uploaded file's name, for the audit log
 * @param columns the columns the header names
 * @param rows the rows that could be read, in file order
 * @param problems what is wrong with the file or its rows
 */
public record EmployeeFile(String fileName, Set<EmployeeColumn> columns, List<EmployeeRow> rows,
		List<ImportProblem> problems) {

	public EmployeeFile {
		columns = Set.copyOf(columns);
		rows = List.copyOf(rows);
		problems = List.copyOf(problems);
	}

	static EmployeeFile refused(String fileName, ImportProblem problem) {
		return new EmployeeFile(fileName, Set.of(), List.of(), List.of(problem));
	}

	/** Whether the file names the column, so that an empty cell there means "none". */
	public boolean has(EmployeeColumn column) {
		return this.columns.contains(column);
	}

}
