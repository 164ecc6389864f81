package org.servewell.reminders.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * People's reminder choices, by person id.
 */
public interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, Long> {

}
