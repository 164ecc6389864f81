package org.servewell.reporting;

import java.time.LocalDate;

/**
 * Which people and cells the completion matrix shows. Every part is optional (null for
 * any).
 * <p>
 * People are chosen by department, manager, job role and onboarding path (the people
 * enrolled on it; the columns become the path's courses). Status and due window choose
 * cells: a person is shown when at least one of their cells is in that state and due in
 * that window; the screen then shows their whole row, the CSV only the cells chosen.
 *
 * @param department the department's name
 * @param managerId the manager whose reports to show
 * @param jobRole the job role, as written on people
 * @param pathCode the onboarding path's code
 * @param status the state a cell must be in
 * @param dueFrom the first due date of the window, included
 * @param dueTo the last due date of the window, included
 */
public record MatrixFilter(String department, Long managerId, String jobRole, String pathCode, CellState status,
		LocalDate dueFrom, LocalDate dueTo) {

	/** Everyone in view, every course. */
	public static MatrixFilter none() {
		return new MatrixFilter(null, null, null, null, null, null, null);
	}

	/** This filter with only cells in {@code state}. */
	public MatrixFilter withStatus(CellState state) {
		return new MatrixFilter(this.department, this.managerId, this.jobRole, this.pathCode, state, this.dueFrom,
				this.dueTo);
	}

	/** Whether cells are chosen, not only people. */
	public boolean choosesCells() {
		return this.status != null || this.dueFrom != null || this.dueTo != null;
	}

}
