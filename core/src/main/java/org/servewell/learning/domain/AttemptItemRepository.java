package org.servewell.learning.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Attempt items by id within their attempt.
 */
public interface AttemptItemRepository extends JpaRepository<AttemptItem, Long> {

	Optional<AttemptItem> findByIdAndAttemptId(long id, long attemptId);

	/**
	 * Stores a learner's choice in one statement, which also checks that the option is
	 * one of the item's scenario's options.
	 * @return 1 when stored, 0 when the item is not in this attempt or the option is not
	 * one of its scenario's
	 */
	@Modifying
	@Query(nativeQuery = true,
			value = """
					update attempt_item set chosen_option_id = :optionId, answered_at = :now
					where id = :itemId and attempt_id = :attemptId
					and exists (select 1 from scenario_option o where o.id = :optionId and o.scenario_id = attempt_item.scenario_id)
					""")
	int choose(long attemptId, long itemId, long optionId, Instant now);

}
