package org.servewell.reminders.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The reminder policy's one row.
 */
public interface ReminderPolicyRepository extends JpaRepository<ReminderPolicy, Integer> {

}
