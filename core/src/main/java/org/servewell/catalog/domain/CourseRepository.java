package org.servewell.catalog.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Courses by their content id.
 */
public interface CourseRepository extends JpaRepository<Course, Long> {

	Optional<Course> findByCode(String code);

}
