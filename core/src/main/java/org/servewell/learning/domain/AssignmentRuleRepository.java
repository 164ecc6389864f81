package org.servewell.learning.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Assignment rules, oldest first.
 */
public interface AssignmentRuleRepository extends JpaRepository<AssignmentRule, Long> {

	List<AssignmentRule> findAllByOrderByIdAsc();

}
