package org.servewell.learning.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Lessons read.
 */
public interface LessonReadRepository extends JpaRepository<LessonRead, LessonRead.Key> {

	@Query("select r.key.lessonNumber from LessonRead r where r.key.personId = :personId and r.key.courseVersionId = :versionId")
	List<Integer> findReadLessonNumbers(long personId, long versionId);

	/**
	 * Per person and course version that has any lesson read: person id, course version
	 * id.
	 */
	@Query("select distinct r.key.personId, r.key.courseVersionId from LessonRead r")
	List<Object[]> readingPeople();

}
