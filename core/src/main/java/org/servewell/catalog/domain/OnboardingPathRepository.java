package org.servewell.catalog.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Onboarding paths in the order the content lists them.
 */
public interface OnboardingPathRepository extends JpaRepository<OnboardingPath, Long> {

	Optional<OnboardingPath> findByCode(String code);

	@EntityGraph(attributePaths = "steps")
	List<OnboardingPath> findAllByOrderByDisplayOrderAsc();

}
