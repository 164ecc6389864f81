package org.servewell.learning.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * What the hire hand-over chose per person.
 */
public interface HiringCourseChoiceRepository extends JpaRepository<HiringCourseChoice, Long> {

	List<HiringCourseChoice> findByPersonIdOrderByTraitOrderAsc(long personId);

}
