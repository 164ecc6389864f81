package org.servewell.authoring.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Trainers' keyings by draft.
 */
public interface DraftKeyingRepository extends JpaRepository<DraftKeying, Long> {

	Optional<DraftKeying> findByDraftIdAndTrainerId(long draftId, long trainerId);

	List<DraftKeying> findByDraftIdOrderByTrainerName(long draftId);

}
