package org.servewell.learning.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps where each assignment stands on its row (decision 0019): {@code started} once a
 * lesson is read or a quiz attempt begun, {@code valid_until} the latest expiry of the
 * person's completions of the course that were not withdrawn. Learning calls it in the
 * same transaction as the write that changes them, so reports can count and filter on two
 * columns instead of looking for completions, attempts and reads cell by cell. A person
 * with no assignment of the course (a course opened without one) has no row to update.
 */
@Repository
public class AssignmentStandings {

	/** What {@code valid_until} holds for a completion that never expires. */
	private static final LocalDate NEVER = LocalDate.of(9999, 12, 31);

	private static final int CHUNK = 500;

	/** Works both columns out again from the completions, attempts and reads. */
	private static final String RECOMPUTE = """
			update course_assignment set
			    started = case when exists (select 1 from quiz_attempt q where q.person_id = course_assignment.person_id
			            and q.course_id = course_assignment.course_id)
			        or exists (select 1 from lesson_read r join course_version rv on rv.id = r.course_version_id
			            where r.person_id = course_assignment.person_id and rv.course_id = course_assignment.course_id)
			        then true else false end,
			    valid_until = (select max(coalesce(c.expires_on, :never)) from completion c
			        where c.person_id = course_assignment.person_id and c.course_id = course_assignment.course_id
			            and c.withdrawn_at is null)
			""";

	private final JdbcClient jdbc;

	AssignmentStandings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The person has read a lesson of the course or begun a quiz attempt on it. */
	public void started(long personId, long courseId) {
		this.jdbc.sql("""
				update course_assignment set started = true
				where person_id = :personId and course_id = :courseId and started = false""")
			.param("personId", personId)
			.param("courseId", courseId)
			.update();
	}

	/**
	 * The person has completed the course, valid until the day given (null: for good).
	 */
	public void completed(long personId, long courseId, LocalDate expiresOn) {
		LocalDate until = (expiresOn != null) ? expiresOn : NEVER;
		this.jdbc.sql("""
				update course_assignment set started = true,
				    valid_until = case when valid_until is null or valid_until < :until then :until else valid_until end
				where person_id = :personId and course_id = :courseId""")
			.param("until", until)
			.param("personId", personId)
			.param("courseId", courseId)
			.update();
	}

	/**
	 * Works the standing out again for one assignment, from what the person has done in
	 * the course: for a new assignment (a course read before it was assigned counts) and
	 * after a completion is withdrawn ({@code valid_until} may then move back).
	 */
	public void recompute(long personId, long courseId) {
		this.jdbc.sql(RECOMPUTE + " where person_id = :personId and course_id = :courseId")
			.param("never", NEVER)
			.param("personId", personId)
			.param("courseId", courseId)
			.update();
	}

	/** Works the standing out again for every assignment of the people given. */
	public void recomputePeople(Collection<Long> personIds) {
		List<Long> ids = List.copyOf(personIds);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			this.jdbc.sql(RECOMPUTE + " where person_id in (:personIds)")
				.param("never", NEVER)
				.param("personIds", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.update();
		}
	}

}
