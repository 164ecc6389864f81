package org.servewell.people.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

import org.servewell.people.PersonLimits;

/**
 * Turns file records into rows, checking each value on its own (present, not too long, an
 * email, a date, yes or no) and keys across rows (no two rows for one person).
 */
final class EmployeeRowReader {

	/**
	 * Something, an at sign, something with a dot: what a mail server needs, no more.
	 */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Set<String> YES = Set.of("yes", "y", "true", "1", "active", "enabled", "ja", "oui", "x");

	private static final Set<String> NO = Set.of("no", "n", "false", "0", "inactive", "disabled", "nein", "non");

	private final Map<EmployeeColumn, Integer> columns;

	private final List<EmployeeRow> rows = new ArrayList<>();

	private final List<ImportProblem> duplicates = new ArrayList<>();

	private final Map<String, Long> lineByEmail = new HashMap<>();

	private final Map<String, Long> lineByNumber = new HashMap<>();

	EmployeeRowReader(Map<EmployeeColumn, Integer> columns) {
		this.columns = columns;
	}

	/** Reads one record; a blank line is skipped, a bad value is listed. */
	void read(long line, CSVRecord record, List<ImportProblem> problems) {
		if (record.stream().allMatch((value) -> value == null || value.isBlank())) {
			return;
		}
		int before = problems.size();
		String number = text(record, line, EmployeeColumn.EMPLOYEE_NUMBER, PersonLimits.EMPLOYEE_NUMBER_LENGTH,
				problems);
		String name = text(record, line, EmployeeColumn.NAME, PersonLimits.DISPLAY_NAME_LENGTH, problems);
		String email = email(record, line, problems);
		String department = text(record, line, EmployeeColumn.DEPARTMENT, PersonLimits.DEPARTMENT_NAME_LENGTH,
				problems);
		String jobRole = text(record, line, EmployeeColumn.JOB_ROLE, PersonLimits.JOB_ROLE_LENGTH, problems);
		LocalDate startDate = date(record, line, problems);
		String manager = manager(record, line, problems);
		Boolean active = active(record, line, problems);
		if (value(record, EmployeeColumn.NAME) == null) {
			problems.add(ImportProblem.at(line, EmployeeColumn.NAME, "enter the person's name."));
		}
		if (problems.size() == before) {
			EmployeeRow row = new EmployeeRow(line, number, name, email, department, jobRole, startDate, manager,
					active);
			remember(row);
			this.rows.add(row);
		}
	}

	List<EmployeeRow> rows() {
		return this.rows;
	}

	/** Rows that name a person another row already named. */
	List<ImportProblem> duplicates() {
		return this.duplicates;
	}

	private void remember(EmployeeRow row) {
		Long sameEmail = this.lineByEmail.putIfAbsent(row.email(), row.line());
		if (sameEmail != null) {
			this.duplicates.add(ImportProblem.at(row.line(), EmployeeColumn.EMAIL,
					row.email() + " is also on line " + sameEmail + "; each person may appear once."));
		}
		if (row.employeeNumber() != null) {
			Long sameNumber = this.lineByNumber.putIfAbsent(row.employeeNumber(), row.line());
			if (sameNumber != null) {
				this.duplicates.add(ImportProblem.at(row.line(), EmployeeColumn.EMPLOYEE_NUMBER, "employee number "
						+ row.employeeNumber() + " is also on line " + sameNumber + "; each person may appear once."));
			}
		}
	}

	private String value(CSVRecord record, EmployeeColumn column) {
		Integer index = this.columns.get(column);
		if (index == null || index >= record.size()) {
			return null;
		}
		String value = record.get(index);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private String text(CSVRecord record, long line, EmployeeColumn column, int maxLength,
			List<ImportProblem> problems) {
		String value = value(record, column);
		if (value != null && value.length() > maxLength) {
			problems.add(ImportProblem.at(line, column,
					"has " + value.length() + " characters; at most " + maxLength + " fit. Shorten it."));
			return null;
		}
		return value;
	}

	private String email(CSVRecord record, long line, List<ImportProblem> problems) {
		String email = text(record, line, EmployeeColumn.EMAIL, PersonLimits.EMAIL_LENGTH, problems);
		if (email == null) {
			if (value(record, EmployeeColumn.EMAIL) == null) {
				problems.add(ImportProblem.at(line, EmployeeColumn.EMAIL,
						"enter the email address the person signs in with."));
			}
			return null;
		}
		if (!EMAIL.matcher(email).matches()) {
			problems.add(ImportProblem.at(line, EmployeeColumn.EMAIL,
					"\"" + email + "\" is not an email address; write one such as name@example.org."));
			return null;
		}
		return email.toLowerCase(Locale.ROOT);
	}

	private LocalDate date(CSVRecord record, long line, List<ImportProblem> problems) {
		String value = value(record, EmployeeColumn.START_DATE);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(ImportProblem.at(line, EmployeeColumn.START_DATE,
					"\"" + value + "\" is not a date Servewell can read without guessing; write it as year-month-day, "
							+ "such as 2027-01-04."));
			return null;
		}
	}

	private String manager(CSVRecord record, long line, List<ImportProblem> problems) {
		String manager = text(record, line, EmployeeColumn.MANAGER, PersonLimits.EMAIL_LENGTH, problems);
		return (manager != null && manager.contains("@")) ? manager.toLowerCase(Locale.ROOT) : manager;
	}

	private Boolean active(CSVRecord record, long line, List<ImportProblem> problems) {
		String value = value(record, EmployeeColumn.ACTIVE);
		if (value == null) {
			return null;
		}
		String simple = value.toLowerCase(Locale.ROOT);
		if (YES.contains(simple) || NO.contains(simple)) {
			return YES.contains(simple);
		}
		problems.add(ImportProblem.at(line, EmployeeColumn.ACTIVE,
				"\"" + value + "\" is neither yes nor no; write yes, no, or leave it empty."));
		return null;
	}

}
