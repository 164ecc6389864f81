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

	/**
	 * The completion, locked until the transaction ends: two people withdrawing it at
	 * once are one withdrawal and one refusal, not two withdrawals. Plain
	 * {@code for update} in SQL, since the lock JPA asks for ({@code for update of} with
	 * an alias) is MySQL 8's alone and MariaDB refuses it.
	 */
	@Query(value = "select * from completion where id = :id for update", nativeQuery = true)
	Optional<Completion> findLockedById(long id);

	boolean existsByCourseVersionId(long courseVersionId);

	boolean existsByPathId(long pathId);

	@Query("select c.id from Completion c where c.withdrawnAt is not null order by c.id")
	List<Long> findAllWithdrawnIds();

}
