package org.servewell.reporting.domain;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.servewell.people.PersonChoice;
import org.servewell.reporting.CellState;
import org.servewell.reporting.ColumnTotals;
import org.servewell.reporting.MatrixChoices.MatrixPath;
import org.servewell.reporting.MatrixCourse;
import org.servewell.reporting.MatrixOrder;
import org.servewell.reporting.ReportAudience.Audience;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The completion matrix read in SQL: counted, grouped, sorted and paged in the database.
 * A page first picks its people (ids and names, sorted and limited), then reads only
 * those people's cells; totals are one grouped query; the CSV is one forward-only query
 * read a row at a time. No query loads every person or every cell. Who is in view and
 * which cells are shown come from {@link MatrixQuery} alone.
 */
@Repository
public class CompletionMatrixQueries {

	/**
	 * Rows a MySQL-protocol driver fetches at a time: MIN_VALUE streams them one by one.
	 */
	private static final int MYSQL_STREAMING = Integer.MIN_VALUE;

	private static final int EMBEDDED_FETCH_SIZE = 500;

	private static final String PAGE_COLUMNS = """
			select p.id as person_id, p.display_name as name, p.email as email, p.employee_number as employee_number,
			    d.name as department, m.display_name as manager,
			    case when d.name is null then 1 else 0 end as no_department,
			    case when m.display_name is null then 1 else 0 end as no_manager""";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private volatile Integer streamingFetchSize;

	CompletionMatrixQueries(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** Every published course by id: its code and newest title (a handful of rows). */
	public Map<Long, MatrixCourse> courses() {
		Map<Long, MatrixCourse> courses = new LinkedHashMap<>();
		this.jdbc.sql("""
				select co.id as id, co.code as code, v.title as title
				from course co join course_version v on v.course_id = co.id
				where v.version_number = (select max(v2.version_number) from course_version v2
				    where v2.course_id = co.id)
				order by v.title, co.code""").query((rs) -> {
			courses.put(rs.getLong("id"), new MatrixCourse(rs.getString("code"), rs.getString("title")));
		});
		return courses;
	}

	/** The courses of a path in step order. */
	public List<Long> pathCourses(long pathId) {
		return this.jdbc
			.sql("select opc.course_id from onboarding_path_course opc where opc.path_id = :pathId "
					+ "order by opc.step_number")
			.param("pathId", pathId)
			.query(Long.class)
			.list();
	}

	/** How many people the matrix shows. */
	public int count(MatrixQuery query) {
		return this.jdbc.sql("select count(*) from person p where " + query.people("p"))
			.params(query.parameters())
			.query(Integer.class)
			.single();
	}

	/**
	 * Per course, how the people shown stand: one query grouped by course and state (the
	 * state worked out once per cell), turned into a row per course here.
	 */
	public List<ColumnTotals> totals(MatrixQuery query, Map<Long, MatrixCourse> courses) {
		// Without a status or due window, every assignment of a chosen person is shown:
		// the join alone says they have one.
		String people = query.choosesCells() ? query.people("p") : query.chosenPeople("p");
		String sql = """
				select a.course_id as course_id, %s as state, count(*) as cells
				from course_assignment a join person p on p.id = a.person_id
				where %s and %s
				group by course_id, state""".formatted(MatrixQuery.state("a"), people, pathCourses(query, "a"));
		Map<Long, int[]> counts = new LinkedHashMap<>();
		this.jdbc.sql(sql).params(query.parameters()).query((ResultSet rs) -> {
			counts.computeIfAbsent(rs.getLong("course_id"), (course) -> new int[CellState.values().length])[rs
				.getInt("state")] += rs.getInt("cells");
		});
		return counts.entrySet().stream().filter((entry) -> courses.containsKey(entry.getKey())).map((entry) -> {
			int[] n = entry.getValue();
			return new ColumnTotals(courses.get(entry.getKey()).code(), n[CellState.NOT_STARTED.ordinal()],
					n[CellState.IN_PROGRESS.ordinal()], n[CellState.COMPLETE.ordinal()], n[CellState.OVERDUE.ordinal()],
					n[CellState.EXPIRED.ordinal()]);
		}).toList();
	}

	/** One page of people, in the order asked for, then by name and person. */
	public List<PagePerson> page(MatrixQuery query, MatrixOrder order, boolean descending, int offset, int limit) {
		String overdue = (order == MatrixOrder.OVERDUE)
				? "(select count(*) from course_assignment oa where oa.person_id = p.id and " + pathCourses(query, "oa")
						+ " and " + MatrixQuery.inState(CellState.OVERDUE, "oa") + ")"
				: "0";
		String sql = PAGE_COLUMNS + ", " + overdue + """
				 as overdue_count
				from person p
				left join department d on d.id = p.department_id
				left join person m on m.id = p.manager_id
				where %s
				order by %s
				limit :limit offset :offset""".formatted(query.people("p"), orderBy(order, descending));
		return this.jdbc.sql(sql)
			.params(query.parameters())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new PagePerson(rs.getLong("person_id"), rs.getString("name"), rs.getString("email"),
					rs.getString("employee_number"), rs.getString("department"), rs.getString("manager")))
			.list();
	}

	/**
	 * The cells of the people given (a page's), among the columns shown; the audience
	 * applies here too.
	 */
	public List<CellRow> cells(MatrixQuery query, Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		String sql = """
				select a.person_id as person_id, a.course_id as course_id, a.due_date as due_date, %s as state,
				    c.completed_at as completed_at, c.expires_on as expires_on
				from course_assignment a
				join person p on p.id = a.person_id
				left join completion c on c.id = %s
				where a.person_id in (:personIds) and %s and %s""".formatted(MatrixQuery.state("a"),
				newestCompletion("a"), query.chosenPeople("p"), pathCourses(query, "a"));
		return this.jdbc.sql(sql)
			.params(query.parameters())
			.param("personIds", personIds)
			.query((rs, row) -> cellRow(rs))
			.list();
	}

	/**
	 * Every cell shown, person by person in name order, handed to {@code each} as it is
	 * read from a forward-only result set that the driver streams (a row at a time on
	 * MySQL), so memory does not grow with the number of cells.
	 */
	public void eachCell(MatrixQuery query, Consumer<CsvCell> each) {
		String sql = """
				select p.display_name as name, p.email as email, p.employee_number as employee_number,
				    d.name as department, m.display_name as manager, a.person_id as person_id,
				    a.course_id as course_id, a.due_date as due_date, %s as state,
				    c.completed_at as completed_at, c.expires_on as expires_on
				from course_assignment a
				join person p on p.id = a.person_id
				left join department d on d.id = p.department_id
				left join person m on m.id = p.manager_id
				left join completion c on c.id = %s
				where %s and %s
				order by p.display_name, a.person_id, a.course_id""".formatted(MatrixQuery.state("a"),
				newestCompletion("a"), query.chosenPeople("p"), query.cells("a"));
		this.jdbc.sql(sql).withFetchSize(streamingFetchSize()).params(query.parameters()).query((ResultSet rs) -> {
			each.accept(new CsvCell(rs.getString("name"), rs.getString("email"), rs.getString("employee_number"),
					rs.getString("department"), rs.getString("manager"), cellRow(rs)));
		});
	}

	/** The id of the department named so (any case). */
	public Optional<Long> departmentId(String name) {
		return this.jdbc.sql("select id from department where lower(name) = lower(:name)")
			.param("name", name)
			.query(Long.class)
			.optional();
	}

	/** The id of the onboarding path with the code. */
	public Optional<Long> pathId(String code) {
		return this.jdbc.sql("select id from onboarding_path where code = :code")
			.param("code", code)
			.query(Long.class)
			.optional();
	}

	/**
	 * Whether the person manages someone the audience may see: whether they are among the
	 * {@link #managers(MatrixQuery) managers} the filter offers.
	 */
	public boolean managesSomeoneInView(Audience audience, long managerId) {
		return this.jdbc
			.sql("select count(*) from person p where p.manager_id = :managerId and " + audience.condition("p"))
			.params(audience.parameters())
			.param("managerId", managerId)
			.query(Integer.class)
			.single() > 0;
	}

	/** Department names, in order. */
	public List<String> departments() {
		return this.jdbc.sql("select name from department order by name").query(String.class).list();
	}

	/** Job roles of the people in view, in order. */
	public List<String> jobRoles(MatrixQuery query) {
		return this.jdbc
			.sql("select distinct p.job_role from person p where p.job_role is not null and " + query.chosenPeople("p")
					+ " order by p.job_role")
			.params(query.parameters())
			.query(String.class)
			.list();
	}

	/** The managers of people in view: id, name and email, by name. */
	public List<PersonChoice> managers(MatrixQuery query) {
		return this.jdbc.sql("""
				select m.id as id, m.display_name as name, m.email as email from person m
				where exists (select 1 from person p where p.manager_id = m.id and %s)
				order by m.display_name, m.id""".formatted(query.chosenPeople("p")))
			.params(query.parameters())
			.query((rs, row) -> new PersonChoice(rs.getLong("id"), rs.getString("name"), rs.getString("email")))
			.list();
	}

	/** Onboarding paths: code and title, in display order. */
	public List<MatrixPath> paths() {
		return this.jdbc.sql("select code, title from onboarding_path order by display_order, title")
			.query((rs, row) -> new MatrixPath(rs.getString("code"), rs.getString("title")))
			.list();
	}

	private static String pathCourses(MatrixQuery query, String a) {
		return (query.pathId() == null) ? "1 = 1" : a
				+ ".course_id in (select opc.course_id from onboarding_path_course opc where opc.path_id = :pathId)";
	}

	/**
	 * The newest completion of the assignment's course that was not withdrawn, for its
	 * dates: a withdrawn one no longer counts, as in the kept standing.
	 */
	private static String newestCompletion(String a) {
		return """
				(select cn.id from completion cn where cn.person_id = %1$s.person_id and cn.course_id = %1$s.course_id
				    and cn.withdrawn_at is null
				    order by cn.completed_at desc, cn.id desc limit 1)""".formatted(a);
	}

	private static String orderBy(MatrixOrder order, boolean descending) {
		String direction = descending ? "desc" : "asc";
		return switch (order) {
			case NAME -> "name " + direction + ", person_id";
			case DEPARTMENT -> "no_department, department " + direction + ", name, person_id";
			case MANAGER -> "no_manager, manager " + direction + ", name, person_id";
			case OVERDUE -> "overdue_count " + direction + ", name, person_id";
		};
	}

	private static CellRow cellRow(ResultSet rs) throws SQLException {
		LocalDateTime completedAt = rs.getObject("completed_at", LocalDateTime.class);
		return new CellRow(rs.getLong("person_id"), rs.getLong("course_id"), CellState.values()[rs.getInt("state")],
				rs.getObject("due_date", LocalDate.class), (completedAt != null) ? completedAt.toLocalDate() : null,
				rs.getObject("expires_on", LocalDate.class));
	}

	private int streamingFetchSize() {
		Integer size = this.streamingFetchSize;
		if (size == null) {
			try {
				String product = JdbcUtils.extractDatabaseMetaData(this.dataSource,
						DatabaseMetaData::getDatabaseProductName);
				String name = product.toLowerCase(Locale.ROOT);
				size = (name.contains("mysql") || name.contains("mariadb")) ? MYSQL_STREAMING : EMBEDDED_FETCH_SIZE;
			}
			catch (MetaDataAccessException ex) {
				size = EMBEDDED_FETCH_SIZE;
			}
			this.streamingFetchSize = size;
		}
		return size;
	}

	/**
	 * A person on a page.
	 *
	 * @param personId the person
	 * @param name their name
	 * @param email their email
	 * @param employeeNumber their employee number, or null
	 * @param department their department, or null
	 * @param manager their manager's name, or null
	 */
	public record PagePerson(long personId, String name, String email, String employeeNumber, String department,
			String manager) {
	}

	/**
	 * One cell as read.
	 *
	 * @param personId the person
	 * @param courseId the course
	 * @param state where they stand
	 * @param dueDate the due date, or null
	 * @param completedOn the newest completion's day, or null
	 * @param expiresOn the newest completion's expiry, or null
	 */
	public record CellRow(long personId, long courseId, CellState state, LocalDate dueDate, LocalDate completedOn,
			LocalDate expiresOn) {
	}

	/**
	 * One CSV line as read: the person and the cell.
	 *
	 * @param name the person's name
	 * @param email their email
	 * @param employeeNumber their employee number, or null
	 * @param department their department, or null
	 * @param manager their manager's name, or null
	 * @param cell the cell
	 */
	public record CsvCell(String name, String email, String employeeNumber, String department, String manager,
			CellRow cell) {
	}

}
