package org.servewell.learning.due;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open assignments by due date, read in pages in the database (keyset on the assignment
 * or manager id), never everyone at once.
 * <p>
 * Open means what the Progress page means by "not complete": no completion of the course
 * that has not expired (the assignment's {@code valid_until}, kept by learning, is not
 * after today). Only people who may sign in (enabled) count, and for a digest only
 * enabled managers. An assignment with no due date is never due. Like learning's progress
 * queries, these read the people tables in the same statement, so that paging happens in
 * the database.
 */
@Service
public class DueCourses {

	private static final String COLUMNS = """
			select a.id as assignment_id, a.person_id as person_id, p.email as email, p.display_name as name,
			    c.code as course_code,
			    (select v.title from course_version v where v.course_id = a.course_id
			        and v.version_number = (select max(v2.version_number) from course_version v2
			            where v2.course_id = a.course_id)) as course_title,
			    a.due_date as due_date, p.manager_id as manager_id
			from course_assignment a
			join person p on p.id = a.person_id
			join course c on c.id = a.course_id
			""";

	private static final String OPEN = """
			p.enabled = true and a.due_date is not null
			and (a.valid_until is null or a.valid_until <= :today)""";

	private final JdbcClient jdbc;

	DueCourses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the open assignments due from {@code from} to {@code to} (both
	 * included), in assignment order after {@code afterId}.
	 */
	@Transactional(readOnly = true)
	public List<OpenAssignment> dueBetween(LocalDate from, LocalDate to, LocalDate today, long afterId, int limit) {
		return this.jdbc.sql(COLUMNS + "where " + OPEN + """
				 and a.due_date >= :from and a.due_date <= :to and a.id > :afterId
				order by a.id
				limit :limit""")
			.param("today", today)
			.param("from", from)
			.param("to", to)
			.param("afterId", afterId)
			.param("limit", limit)
			.query(OpenAssignment.class)
			.list();
	}

	/** The assignment if it is still open on {@code today}. */
	@Transactional(readOnly = true)
	public Optional<OpenAssignment> open(long assignmentId, LocalDate today) {
		return this.jdbc.sql(COLUMNS + "where " + OPEN + " and a.id = :id")
			.param("today", today)
			.param("id", assignmentId)
			.query(OpenAssignment.class)
			.optional();
	}

	/**
	 * One page of the enabled managers with at least one enabled report whose assignment
	 * is overdue on {@code today}, in id order after {@code afterId}.
	 */
	@Transactional(readOnly = true)
	public List<Recipient> managersWithOverdue(LocalDate today, long afterId, int limit) {
		return this.jdbc.sql("""
				select m.id as person_id, m.email as email, m.display_name as name
				from person m
				where m.enabled = true and m.id > :afterId and exists (
				    select 1 from course_assignment a join person p on p.id = a.person_id
				    where p.manager_id = m.id and a.due_date < :today and %s)
				order by m.id
				limit :limit""".formatted(OPEN))
			.param("today", today)
			.param("afterId", afterId)
			.param("limit", limit)
			.query(Recipient.class)
			.list();
	}

	/**
	 * A manager's enabled reports' overdue assignments on {@code today}, longest overdue
	 * first, at most {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<OpenAssignment> overdueInTeam(long managerId, LocalDate today, int limit) {
		return this.jdbc.sql(COLUMNS + "where " + OPEN + """
				 and p.manager_id = :managerId and a.due_date < :today
				order by a.due_date, p.display_name, a.id
				limit :limit""")
			.param("today", today)
			.param("managerId", managerId)
			.param("limit", limit)
			.query(OpenAssignment.class)
			.list();
	}

	/** How many overdue assignments a manager's enabled reports have on {@code today}. */
	@Transactional(readOnly = true)
	public int overdueCountInTeam(long managerId, LocalDate today) {
		return this.jdbc
			.sql("select count(*) from course_assignment a join person p on p.id = a.person_id where " + OPEN
					+ " and p.manager_id = :managerId and a.due_date < :today")
			.param("today", today)
			.param("managerId", managerId)
			.query(Integer.class)
			.single();
	}

}
