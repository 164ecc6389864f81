package org.servewell.reporting;

/**
 * What the overdue list is sorted by. Ascending by due date puts the most overdue first.
 */
public enum OverdueOrder {

	/** Due date: earliest (most overdue) first when ascending. */
	DUE_DATE("due_date %s, display_name, assignment_id"),

	/** The person's name. */
	NAME("display_name %s, due_date, assignment_id"),

	/** The department's name, people without one last. */
	DEPARTMENT("no_department, department %s, due_date, display_name, assignment_id"),

	/** The manager's name, people without one last. */
	MANAGER("no_manager, manager_name %s, due_date, display_name, assignment_id");

	private final String columns;

	OverdueOrder(String columns) {
		this.columns = columns;
	}

	/** The SQL order: column aliases only (H2 finds no alias inside an expression). */
	String orderBy(boolean descending) {
		return this.columns.formatted(descending ? "desc" : "asc");
	}

}
