package org.servewell.learning.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * Completions and their certificates.
 */
public interface CompletionRepository extends JpaRepository<Completion, Long>, JpaSpecificationExecutor<Completion> {

	List<Completion> findByPersonIdOrderByCompletedAtDesc(long personId);

	Optional<Completion> findFirstByPersonIdAndCourseIdOrderByCompletedAtDesc(long personId, long courseId);

	Optional<Completion> findFirstByPersonIdAndPathIdOrderByCompletedAtDesc(long personId, long pathId);

	Optional<Completion> findByVerificationCode(String verificationCode);

	@Query("select c.id from Completion c where c.withdrawnAt is not null order by c.id")
	List<Long> findAllWithdrawnIds();

}
