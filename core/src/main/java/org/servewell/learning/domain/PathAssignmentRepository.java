package org.servewell.learning.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Path enrolments per person.
 */
public interface PathAssignmentRepository extends JpaRepository<PathAssignment, Long> {

	Optional<PathAssignment> findByPersonIdAndPathId(long personId, long pathId);

	List<PathAssignment> findByPersonIdOrderByIdAsc(long personId);

	long countByRuleId(long ruleId);

	/** The assignments of many people at once. */
	List<PathAssignment> findByPersonIdIn(Collection<Long> personIds);

}
