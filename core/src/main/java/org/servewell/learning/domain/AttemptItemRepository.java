package org.servewell.learning.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Attempt items by id within their attempt.
 */
public interface AttemptItemRepository extends JpaRepository<AttemptItem, Long> {

	Optional<AttemptItem> findByIdAndAttemptId(long id, long attemptId);

}
