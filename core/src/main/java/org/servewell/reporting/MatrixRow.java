package org.servewell.reporting;

import java.util.List;
import java.util.Optional;

/**
 * One person's row of the completion matrix, with their totals over the columns shown.
 *
 * @param personId the person
 * @param name their name
 * @param email their email
 * @param employeeNumber their employee number, or null
 * @param department their department, or null
 * @param manager their manager's name, or null
 * @param cells their assigned courses among the columns, in column order
 */
public record MatrixRow(long personId, String name, String email, String employeeNumber, String department,
		String manager, List<MatrixCell> cells) {

	public MatrixRow {
		cells = List.copyOf(cells);
	}

	/** The cell of the course, empty when it is not assigned to this person. */
	public Optional<MatrixCell> cell(String courseCode) {
		return this.cells.stream().filter((cell) -> cell.courseCode().equals(courseCode)).findFirst();
	}

	/** Courses assigned among the columns. */
	public int assigned() {
		return this.cells.size();
	}

	/** Of which complete. */
	public int complete() {
		return count(CellState.COMPLETE);
	}

	/** Of which overdue. */
	public int overdue() {
		return count(CellState.OVERDUE);
	}

	/** How many cells are in {@code state}. */
	public int count(CellState state) {
		return (int) this.cells.stream().filter((cell) -> cell.state() == state).count();
	}

}
