package org.servewell.reporting;

import java.util.List;
import java.util.Optional;

/**
 * The completion matrix's columns and what stays the same from page to page: the courses
 * shown, their totals and how many people there are.
 *
 * @param courses the columns, in order
 * @param totals per course, how the people shown stand
 * @param people how many people (rows) are shown
 */
public record MatrixSummary(List<MatrixCourse> courses, List<ColumnTotals> totals, int people) {

	public MatrixSummary {
		courses = List.copyOf(courses);
		totals = List.copyOf(totals);
	}

	/** The totals of the course, empty when no one shown is assigned it. */
	public Optional<ColumnTotals> totals(String courseCode) {
		return this.totals.stream().filter((total) -> total.courseCode().equals(courseCode)).findFirst();
	}

}
