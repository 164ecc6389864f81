package org.servewell.learning.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Quiz attempts. Answers and submission lock the attempt's row, so that an answer and a
 * submission of the same attempt never interleave.
 */
public interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

	/**
	 * Locks the learner's attempt whatever its state, for submitting it. An update takes
	 * the row lock the same way on MySQL, MariaDB and H2 (MariaDB lacks
	 * {@code SELECT ... FOR UPDATE OF}); answers take it the same way
	 * ({@link AnswerWrites}).
	 * @return 1 when locked, 0 when the attempt is not theirs or does not exist
	 */
	@Modifying
	@Query("update QuizAttempt a set a.lastSavedAt = :now where a.id = :id and a.personId = :personId")
	int lockOwned(long id, long personId, Instant now);

	Optional<QuizAttempt> findByPersonIdAndCourseIdAndStatus(long personId, long courseId, AttemptStatus status);

	List<QuizAttempt> findByPersonIdAndCourseIdOrderByAttemptNumberAsc(long personId, long courseId);

	List<QuizAttempt> findByPersonIdAndStatus(long personId, AttemptStatus status);

	@Query("select i.scenarioId from AttemptItem i where i.attempt.personId = :personId and i.attempt.courseId = :courseId")
	List<Long> findSeenScenarioIds(long personId, long courseId);

	/**
	 * Per person and course: person id, course id, attempts made, best submitted score.
	 */
	@Query("select a.personId, a.courseId, count(a), max(a.scorePercent) from QuizAttempt a group by a.personId, a.courseId")
	List<Object[]> attemptStatistics();

}
