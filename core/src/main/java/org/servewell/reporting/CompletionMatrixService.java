package org.servewell.reporting;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.servewell.people.PersonLimits;
import org.servewell.people.Roles;
import org.servewell.reporting.ReportAudience.Audience;
import org.servewell.reporting.domain.CompletionMatrixQueries.CellRow;
import org.servewell.reporting.domain.CompletionMatrixQueries.PagePerson;
import org.servewell.reporting.domain.CompletionMatrixQueries;
import org.servewell.reporting.domain.MatrixQuery;
import org.servewell.shared.Said;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The completion matrix: people (rows) by courses (columns), each cell where the person
 * stands in the course and the date that matters, with totals per person and per course,
 * on screen a page at a time and as a CSV file of every cell. Trainers, HR and
 * administrators see everyone; a manager sees only their own reports, on every page, in
 * every total and in the CSV ({@link ReportAudience}).
 */
@Service
public class CompletionMatrixService {

	/** The most people one page may ask for. */
	public static final int MAX_PAGE = 500;

	static final List<String> CSV_HEADER = List.of("Person", "Email", "Employee number", "Department", "Manager",
			"Course code", "Course title", "State", "Due date", "Completed on", "Expires on");

	private final CompletionMatrixQueries queries;

	private final ReportAudience audience;

	private final Clock clock;

	CompletionMatrixService(CompletionMatrixQueries queries, ReportAudience audience, Clock clock) {
		this.queries = queries;
		this.audience = audience;
		this.clock = clock;
	}

	/** What the filters offer the signed-in person. */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public MatrixChoices choices() {
		Audience audience = this.audience.ofSignedIn();
		MatrixQuery everyone = new MatrixQuery(audience, null, null, null, null, null, null, null, today());
		return new MatrixChoices(this.queries.departments(), this.queries.managers(everyone),
				this.queries.jobRoles(everyone), this.queries.paths(), audience.teamOnly());
	}

	/**
	 * The columns the filter can show, known before anything is counted: the path's
	 * courses in step order, or every published course ({@link #summary} then says which
	 * anyone shown is assigned). Refuses a filter that names nothing there is.
	 */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public List<MatrixCourse> columns(MatrixFilter filter) {
		MatrixQuery query = resolve(filter);
		return columns(query, this.queries.courses());
	}

	/**
	 * The columns, their totals and the number of people for the filter: the slow part of
	 * the matrix on a large audience (every cell of the people chosen is counted), so the
	 * screen asks for it after the first page.
	 */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public MatrixSummary summary(MatrixFilter filter) {
		MatrixQuery query = resolve(filter);
		Map<Long, MatrixCourse> courses = this.queries.courses();
		List<ColumnTotals> totals = this.queries.totals(query, courses);
		List<MatrixCourse> columns = columns(query, courses).stream()
			.filter((course) -> query.pathId() != null
					|| totals.stream().anyMatch((total) -> total.courseCode().equals(course.code())))
			.toList();
		return new MatrixSummary(columns, totals, this.queries.count(query));
	}

	private List<MatrixCourse> columns(MatrixQuery query, Map<Long, MatrixCourse> courses) {
		if (query.pathId() != null) {
			return this.queries.pathCourses(query.pathId()).stream().map(courses::get).toList();
		}
		return List.copyOf(courses.values());
	}

	/** How many people (rows) the filter shows. */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public int count(MatrixFilter filter) {
		return this.queries.count(resolve(filter));
	}

	/**
	 * One page of rows: the page's people are chosen in the database, then only their
	 * cells are read.
	 * @param filter who and what
	 * @param order what to sort by (then by name)
	 * @param descending whether in reverse
	 * @param offset rows to skip
	 * @param limit rows at most, up to {@value #MAX_PAGE}
	 */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public List<MatrixRow> page(MatrixFilter filter, MatrixOrder order, boolean descending, int offset, int limit) {
		if (offset < 0 || limit < 0 || limit > MAX_PAGE) {
			throw new InvalidReportFilterException(new Said("reports.page-out-of-range", MAX_PAGE));
		}
		MatrixQuery query = resolve(filter);
		List<PagePerson> people = this.queries.page(query, order, descending, offset, limit);
		Map<Long, List<MatrixCell>> cells = new LinkedHashMap<>();
		people.forEach((person) -> cells.put(person.personId(), new ArrayList<>()));
		Map<Long, MatrixCourse> courses = this.queries.courses();
		List<Long> columnOrder = new ArrayList<>(courses.keySet());
		this.queries.cells(query, cells.keySet())
			.stream()
			.sorted(Comparator.comparingInt((CellRow cell) -> columnOrder.indexOf(cell.courseId())))
			.forEach((cell) -> cells.get(cell.personId()).add(toCell(cell, courses)));
		return people.stream()
			.map((person) -> new MatrixRow(person.personId(), person.name(), person.email(), person.employeeNumber(),
					person.department(), person.manager(), cells.get(person.personId())))
			.toList();
	}

	/**
	 * Writes the filtered matrix as CSV, one line per cell shown (with a status or due
	 * window, only the cells chosen), a line at a time as the rows are read.
	 */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public void writeCsv(MatrixFilter filter, OutputStream out) {
		MatrixQuery query = resolve(filter);
		Map<Long, MatrixCourse> courses = this.queries.courses();
		try (CsvReport csv = CsvReport.start(out, CSV_HEADER)) {
			this.queries.eachCell(query, (line) -> {
				MatrixCourse course = courses.getOrDefault(line.cell().courseId(), new MatrixCourse("", ""));
				CellRow cell = line.cell();
				csv.row(line.name(), line.email(), line.employeeNumber(), line.department(), line.manager(),
						course.code(), course.title(), cell.state().label(), cell.dueDate(), cell.completedOn(),
						cell.expiresOn());
			});
		}
	}

	/** The CSV file's name: what and when. */
	public String csvFileName() {
		return CsvReport.fileName("completion-matrix", this.clock);
	}

	private static MatrixCell toCell(CellRow cell, Map<Long, MatrixCourse> courses) {
		MatrixCourse course = courses.get(cell.courseId());
		return new MatrixCell((course != null) ? course.code() : "", cell.state(), cell.dueDate(), cell.completedOn(),
				cell.expiresOn());
	}

	/** The filter checked, with its names turned into ids, for the signed-in person. */
	private MatrixQuery resolve(MatrixFilter filter) {
		Audience audience = this.audience.ofSignedIn();
		Long departmentId = null;
		if (hasText(filter.department())) {
			departmentId = this.queries.departmentId(filter.department().strip())
				.orElseThrow(() -> new InvalidReportFilterException(
						new Said("reports.department-missing", filter.department().strip())));
		}
		// The managers the filter offers, and no one else: a manager asking for another
		// manager's team is refused, not shown an empty matrix.
		if (filter.managerId() != null && !this.queries.managesSomeoneInView(audience, filter.managerId())) {
			throw new InvalidReportFilterException(new Said("reports.not-a-manager", filter.managerId()));
		}
		String jobRole = hasText(filter.jobRole()) ? filter.jobRole().strip() : null;
		if (jobRole != null && jobRole.length() > PersonLimits.JOB_ROLE_LENGTH) {
			throw new InvalidReportFilterException(new Said("reports.job-role-too-long", PersonLimits.JOB_ROLE_LENGTH));
		}
		Long pathId = null;
		if (hasText(filter.pathCode())) {
			pathId = this.queries.pathId(filter.pathCode().strip())
				.orElseThrow(() -> new InvalidReportFilterException(
						new Said("reports.path-missing", filter.pathCode().strip())));
		}
		if (filter.dueFrom() != null && filter.dueTo() != null && filter.dueTo().isBefore(filter.dueFrom())) {
			throw new InvalidReportFilterException(
					new Said("reports.due-window-reversed", filter.dueTo().toString(), filter.dueFrom().toString()));
		}
		return new MatrixQuery(audience, departmentId, filter.managerId(), jobRole, pathId, filter.status(),
				filter.dueFrom(), filter.dueTo(), today());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

}
