package org.servewell.learning.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where assigned people stand, counted and paged in the database: no assignment,
 * completion, attempt or lesson read is loaded into memory, only one row per course for
 * the totals and one row per person shown for a page.
 * <p>
 * The queries read the people tables ({@code person}, {@code department}) as well as
 * learning's: who is in view (everyone enabled, or a manager's reports) and the order by
 * name must be applied in the same statement as the counting and paging, or a page would
 * have to hold everyone. Only the two {@link Scope} conditions below decide who is in
 * view, so a manager's scope cannot be left out of one query and kept in another.
 * <p>
 * A person's standing in a course: complete with a completion of the course that has not
 * expired; expired with completions that all have; in progress with any quiz attempt or
 * any lesson read in any version of the course; otherwise not started. Overdue: not
 * started or in progress, and the due date has passed. Learning keeps what this needs on
 * the assignment's row ({@link AssignmentStandings}).
 */
@Repository
public class ProgressQueries {

	private static final int NOT_STARTED = 0;

	private static final int IN_PROGRESS = 1;

	private static final int COMPLETE = 2;

	private static final int EXPIRED = 3;

	/** From the standing kept on the assignment's row (decision 0019). */
	private static final String STANDING = """
			case when %1$s.valid_until > :today then 2 when %1$s.valid_until is not null then 3
			    when %1$s.started = true then 1 else 0 end""";

	private final JdbcClient jdbc;

	ProgressQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Per assigned course, how many people in scope stand where. */
	public List<CourseCounts> courseCounts(Scope scope, LocalDate today) {
		return this.jdbc.sql("""
				select s.course_id as course_id, count(*) as assigned,
				    sum(case when s.standing = %2$d then 1 else 0 end) as not_started,
				    sum(case when s.standing = %3$d then 1 else 0 end) as in_progress,
				    sum(case when s.standing = %4$d then 1 else 0 end) as complete,
				    sum(case when s.standing = %6$d then 1 else 0 end) as expired,
				    sum(case when s.standing < %4$d and s.due_date < :today then 1 else 0 end) as overdue
				from (
				    select a.course_id as course_id, a.due_date as due_date, %1$s as standing
				    from course_assignment a join person p on p.id = a.person_id
				    where %5$s
				) s
				group by s.course_id
				""".formatted(STANDING.formatted("a"), NOT_STARTED, IN_PROGRESS, COMPLETE, scope.condition(), EXPIRED))
			.param("today", today)
			.param("managerId", scope.managerId())
			.query((rs, row) -> new CourseCounts(rs.getLong("course_id"), rs.getInt("assigned"),
					rs.getInt("not_started"), rs.getInt("in_progress"), rs.getInt("complete"), rs.getInt("expired"),
					rs.getInt("overdue")))
			.list();
	}

	/** How many people in scope are assigned the course. */
	public int assignedCount(Scope scope, long courseId) {
		return this.jdbc.sql("""
				select count(*) from course_assignment a join person p on p.id = a.person_id
				where a.course_id = :courseId and %s""".formatted(scope.condition()))
			.param("courseId", courseId)
			.param("managerId", scope.managerId())
			.query(Integer.class)
			.single();
	}

	/**
	 * One page of the people in scope assigned the course, in the order asked for (then
	 * by person, so that pages never overlap).
	 */
	public List<Standing> coursePage(Scope scope, long courseId, Order order, boolean descending, LocalDate today,
			int offset, int limit) {
		return standings(scope, "a.course_id = :courseId", order, descending, today, offset, limit, courseId);
	}

	/** Every course assigned to one person in scope, soonest due first. */
	public List<Standing> personCourses(Scope scope, long personId, LocalDate today) {
		return standings(scope, "a.person_id = :personId", Order.DUE_DATE, false, today, 0, Integer.MAX_VALUE,
				personId);
	}

	/** Whether the person is in scope. */
	public boolean inScope(Scope scope, long personId) {
		return this.jdbc.sql("select count(*) from person p where p.id = :personId and " + scope.condition())
			.param("personId", personId)
			.param("managerId", scope.managerId())
			.query(Integer.class)
			.single() > 0;
	}

	private List<Standing> standings(Scope scope, String which, Order order, boolean descending, LocalDate today,
			int offset, int limit, long id) {
		String orderBy = order.orderBy(descending);
		// The page is chosen first, on names and due dates alone; standings and attempt
		// figures are then worked out for its rows only.
		return this.jdbc.sql("""
				select pg.person_id as person_id, pg.course_id as course_id, pg.display_name as display_name,
				    pg.department as department, pg.due_date as due_date, pg.no_department as no_department,
				    pg.no_due_date as no_due_date, %1$s as standing,
				    (select count(*) from quiz_attempt q where q.person_id = pg.person_id
				        and q.course_id = pg.course_id) as attempts,
				    (select max(q.score_percent) from quiz_attempt q where q.person_id = pg.person_id
				        and q.course_id = pg.course_id) as best_score
				from (
				    select a.person_id as person_id, a.course_id as course_id, a.due_date as due_date,
				        a.valid_until as valid_until, a.started as started,
				        p.display_name as display_name, d.name as department,
				        case when d.name is null then 1 else 0 end as no_department,
				        case when a.due_date is null then 1 else 0 end as no_due_date
				    from course_assignment a join person p on p.id = a.person_id
				    left join department d on d.id = p.department_id
				    where %2$s and %3$s
				    order by %4$s
				    limit :limit offset :offset
				) pg
				order by %4$s
				""".formatted(STANDING.formatted("pg"), which, scope.condition(), orderBy))
			.param("today", today)
			.param("managerId", scope.managerId())
			.param("courseId", id)
			.param("personId", id)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new Standing(rs.getLong("person_id"), rs.getLong("course_id"),
					rs.getString("display_name"), rs.getString("department"), rs.getObject("due_date", LocalDate.class),
					rs.getInt("standing"), rs.getInt("attempts"), rs.getObject("best_score", Integer.class)))
			.list();
	}

	/**
	 * Who is in view: everyone who can sign in, or the people who report to a manager
	 * (enabled or not, as a manager's team list shows them).
	 *
	 * @param managerId the manager, or null for everyone
	 */
	public record Scope(Long managerId) {

		/** Everyone who can sign in. */
		public static Scope everyone() {
			return new Scope(null);
		}

		/** The people who report to the manager. */
		public static Scope teamOf(long managerId) {
			return new Scope(managerId);
		}

		String condition() {
			return (this.managerId == null) ? "p.enabled = true" : "p.manager_id = :managerId";
		}

	}

	/**
	 * What a page is sorted by: column aliases only (H2 finds no alias inside an
	 * expression), missing departments and due dates last either way.
	 */
	public enum Order {

		NAME("display_name %s, person_id, course_id"),

		DEPARTMENT("no_department, department %s, display_name, person_id, course_id"),

		DUE_DATE("no_due_date, due_date %s, display_name, person_id, course_id");

		private final String columns;

		Order(String columns) {
			this.columns = columns;
		}

		String orderBy(boolean descending) {
			return this.columns.formatted(descending ? "desc" : "asc");
		}

	}

	/**
	 * Counts for one course.
	 *
	 * @param courseId the course
	 * @param assigned people in scope assigned it
	 * @param notStarted of whom not started
	 * @param inProgress in progress
	 * @param complete complete
	 * @param expired completed once, expired since, due again
	 * @param overdue not started or in progress, and past due
	 */
	public record CourseCounts(long courseId, int assigned, int notStarted, int inProgress, int complete, int expired,
			int overdue) {
	}

	/**
	 * One person's standing in one assigned course.
	 *
	 * @param personId the person
	 * @param courseId the course
	 * @param name their name
	 * @param department their department's name, or null
	 * @param dueDate the due date, or null
	 * @param standing 0 not started, 1 in progress, 2 complete, 3 completed once and
	 * expired
	 * @param attempts quiz attempts made
	 * @param bestScore the best submitted score, or null
	 */
	public record Standing(long personId, long courseId, String name, String department, LocalDate dueDate,
			int standing, int attempts, Integer bestScore) {

		public boolean complete() {
			return this.standing == COMPLETE;
		}

		public boolean started() {
			return this.standing == IN_PROGRESS;
		}

		public boolean expired() {
			return this.standing == EXPIRED;
		}

	}

}
