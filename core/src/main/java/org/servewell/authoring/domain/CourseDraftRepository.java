package org.servewell.authoring.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Drafts by course.
 */
public interface CourseDraftRepository extends JpaRepository<CourseDraft, Long> {

	Optional<CourseDraft> findByCourseCode(String courseCode);

	List<CourseDraft> findAllByOrderByCourseCode();

}
