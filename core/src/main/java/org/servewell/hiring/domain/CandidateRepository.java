package org.servewell.hiring.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Candidates.
 */
public interface CandidateRepository extends JpaRepository<Candidate, Long> {

	List<Candidate> findByErasedAtIsNullOrderByCreatedAtDescIdDesc();

	@Query("select distinct c.position from Candidate c order by c.position")
	List<String> findPositions();

	/**
	 * Candidates not hired, not yet erased, whose last change is older than
	 * {@code before}.
	 */
	@Query("""
			select c from Candidate c
			where c.erasedAt is null and c.hiredPersonId is null and c.updatedAt < :before
			""")
	List<Candidate> findDueForErasure(Instant before);

}
