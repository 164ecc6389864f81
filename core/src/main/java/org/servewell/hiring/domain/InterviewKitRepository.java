package org.servewell.hiring.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Interview kits by their content id.
 */
public interface InterviewKitRepository extends JpaRepository<InterviewKit, Long> {

	Optional<InterviewKit> findByCode(String code);

}
