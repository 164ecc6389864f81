package org.servewell.learning.due;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open assignments by due date, read in pages in the database (keyset on the due date and
 * assignment id, or on the manager id), never everyone at once.
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
			    a.due_date as due_date, p.manager_id as manager_id, p.preferred_language as language
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
	 * One page of the open assignments due up to {@code to} (included), after
	 * {@code after} in the order of due date and id: a keyset walk, so a page costs the
	 * same however far the walk has got (no offset). Two statements: the page's keys from
	 * the assignments alone, which the index (due_date, id) gives in order, reading only
	 * the due dates asked for and stopping after {@code limit}; then those assignments
	 * with their people and courses. (One statement joining the people let the optimizer
	 * start from the people table and sort every assignment of the company for each
	 * page.)
	 */
	@Transactional(readOnly = true)
	public DuePage<OpenAssignment, DuePosition> dueBetween(DuePosition after, LocalDate to, LocalDate today,
			int limit) {
		List<DuePosition> keys = this.jdbc.sql("""
				select a.due_date, a.id from course_assignment a
				where a.due_date >= :afterDue and a.due_date <= :to
				  and (a.due_date > :afterDue or a.id > :afterId)
				  and (a.valid_until is null or a.valid_until <= :today)
				order by a.due_date, a.id
				limit :limit""")
			.param("today", today)
			.param("afterDue", after.dueDate())
			.param("afterId", after.assignmentId())
			.param("to", to)
			.param("limit", limit)
			.query((rs, row) -> new DuePosition(rs.getObject(1, LocalDate.class), rs.getLong(2)))
			.list();
		if (keys.isEmpty()) {
			return new DuePage<>(List.of(), null);
		}
		List<OpenAssignment> open = this.jdbc.sql(COLUMNS + "where " + OPEN + """
				 and a.id in (:ids)
				order by a.due_date, a.id""")
			.param("today", today)
			.param("ids", keys.stream().map(DuePosition::assignmentId).toList())
			.query(OpenAssignment.class)
			.list();
		return new DuePage<>(open, (keys.size() < limit) ? null : keys.getLast());
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
	 * is overdue on {@code today}, in id order after {@code afterId}. Two statements: the
	 * next managers (people someone reports to) from the index on the manager, then which
	 * of them are enabled and have a report with an overdue course, counted from their
	 * reports' rows. (A single statement with {@code exists} let the database work out
	 * every manager with an overdue report, of the whole company, for each page.)
	 */
	@Transactional(readOnly = true)
	public DuePage<Recipient, Long> managersWithOverdue(LocalDate today, long afterId, int limit) {
		List<Long> managers = this.jdbc.sql("""
				select distinct p.manager_id from person p
				where p.manager_id > :afterId
				order by p.manager_id
				limit :limit""").param("afterId", afterId).param("limit", limit).query(Long.class).list();
		if (managers.isEmpty()) {
			return new DuePage<>(List.of(), null);
		}
		List<Recipient> withOverdue = this.jdbc.sql("""
				select m.id as person_id, m.email as email, m.display_name as name, m.preferred_language as language
				from person m
				join (select p.manager_id as manager_id from course_assignment a join person p on p.id = a.person_id
				    where p.manager_id in (:managers) and a.due_date < :today and %s
				    group by p.manager_id) t on t.manager_id = m.id
				where m.enabled = true
				order by m.id""".formatted(OPEN))
			.param("today", today)
			.param("managers", managers)
			.query(Recipient.class)
			.list();
		return new DuePage<>(withOverdue, (managers.size() < limit) ? null : managers.getLast());
	}

	/**
	 * The manager, if enabled and one of their enabled reports has an assignment overdue
	 * on {@code today}: one probe that stops at the first such assignment.
	 */
	@Transactional(readOnly = true)
	public Optional<Recipient> managerWithOverdue(long managerId, LocalDate today) {
		return this.jdbc.sql("""
				select m.id as person_id, m.email as email, m.display_name as name, m.preferred_language as language
				from person m
				join person p on p.manager_id = m.id
				join course_assignment a on a.person_id = p.id
				where m.id = :managerId and m.enabled = true and a.due_date < :today and %s
				limit 1""".formatted(OPEN))
			.param("today", today)
			.param("managerId", managerId)
			.query(Recipient.class)
			.optional();
	}

	/**
	 * The enabled reports' overdue assignments on {@code today} of each of
	 * {@code managerIds}, longest overdue first, at most {@code limit} per manager; one
	 * statement for a page of managers.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<OpenAssignment>> overdueInTeams(Collection<Long> managerIds, LocalDate today, int limit) {
		if (managerIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				select * from (
				    select t.*, row_number() over (partition by t.manager_id
				        order by t.due_date, t.name, t.assignment_id) as nth
				    from (%s where %s and p.manager_id in (:managerIds) and a.due_date < :today) t
				) ranked
				where ranked.nth <= :limit
				order by ranked.manager_id, ranked.nth""".formatted(COLUMNS, OPEN))
			.param("today", today)
			.param("managerIds", managerIds)
			.param("limit", limit)
			.query(OpenAssignment.class)
			.list()
			.stream()
			.collect(Collectors.groupingBy(OpenAssignment::managerId, LinkedHashMap::new, Collectors.toList()));
	}

	/**
	 * How many overdue assignments the enabled reports of each of {@code managerIds} have
	 * on {@code today}; a manager with none is left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Integer> overdueCountsInTeams(Collection<Long> managerIds, LocalDate today) {
		if (managerIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Integer> counts = new HashMap<>();
		this.jdbc
			.sql("select p.manager_id, count(*) from course_assignment a join person p on p.id = a.person_id where "
					+ OPEN + " and p.manager_id in (:managerIds) and a.due_date < :today group by p.manager_id")
			.param("today", today)
			.param("managerIds", managerIds)
			.query((rs, row) -> counts.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return counts;
	}

}
