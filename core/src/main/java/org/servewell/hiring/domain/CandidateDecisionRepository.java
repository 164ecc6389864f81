package org.servewell.hiring.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Decisions about candidates, newest first.
 */
public interface CandidateDecisionRepository extends JpaRepository<CandidateDecision, Long> {

	List<CandidateDecision> findByCandidateOrderByDecidedAtDescIdDesc(Candidate candidate);

	List<CandidateDecision> findByCandidateInOrderByDecidedAtDescIdDesc(List<Candidate> candidates);

}
