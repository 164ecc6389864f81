package org.servewell.authoring.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Who keyed each published version, by course.
 */
public interface CourseVersionKeyRepository extends JpaRepository<CourseVersionKey, Long> {

	List<CourseVersionKey> findByCourseCodeOrderByVersionNumber(String courseCode);

}
