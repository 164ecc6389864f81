package org.servewell.learning.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Course assignments per person.
 */
public interface CourseAssignmentRepository extends JpaRepository<CourseAssignment, Long> {

	Optional<CourseAssignment> findByPersonIdAndCourseId(long personId, long courseId);

	List<CourseAssignment> findByPersonIdOrderByDueDateAscIdAsc(long personId);

	long countByRuleId(long ruleId);

	/** The assignments of many people at once. */
	List<CourseAssignment> findByPersonIdIn(Collection<Long> personIds);

}
