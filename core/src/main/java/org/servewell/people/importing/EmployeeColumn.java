package org.servewell.people.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A column an employee file may have, with the header names it is recognised by: case,
 * spaces, punctuation and order do not matter, and the usual names HR systems export are
 * understood.
 */
public enum EmployeeColumn {

	/** The HR system's employee number: the key when given, else the email is. */
	EMPLOYEE_NUMBER("employee number", false, "employee no", "employee id", "number", "staff number", "staff id",
			"personnel number"),

	NAME("name", true, "display name", "full name", "employee name"),

	EMAIL("email", true, "e-mail", "email address", "mail", "work email"),

	DEPARTMENT("department", false, "dept", "team", "unit"),

	JOB_ROLE("job role", false, "job title", "title", "position", "role"),

	START_DATE("start date", false, "start", "hire date", "started", "first day", "date of hire"),

	/** The manager's email, or their employee number. */
	MANAGER("manager", false, "manager email", "manager's email", "manager number", "manager employee number",
			"reports to", "line manager"),

	/** yes/no; blank keeps an existing person as they are and makes a new one active. */
	ACTIVE("active", false, "enabled", "status");

	private final String label;

	private final boolean required;

	private final List<String> names;

	EmployeeColumn(String label, boolean required, String... synonyms) {
		this.label = label;
		this.required = required;
		this.names = java.util.stream.Stream.concat(java.util.stream.Stream.of(label), List.of(synonyms).stream())
			.map(EmployeeColumn::simplified)
			.toList();
	}

	/** The name the template uses and problems name the column by. */
	public String label() {
		return this.label;
	}

	/** Whether a file without this column is refused. */
	public boolean required() {
		return this.required;
	}

	/** The column a header cell names, if any. */
	static Optional<EmployeeColumn> named(String header) {
		String simple = simplified(header);
		for (EmployeeColumn column : values()) {
			if (column.names.contains(simple)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	private static String simplified(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

}
