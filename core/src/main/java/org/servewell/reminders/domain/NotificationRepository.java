package org.servewell.reminders.domain;

import java.util.List;

import org.servewell.reminders.NotificationKind;
import org.servewell.reminders.NotificationStatus;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Notifications, looked up by their unique key and read in pages.
 */
public interface NotificationRepository extends JpaRepository<Notification, Long> {

	boolean existsByRecipientIdAndKindAndAssignmentIdAndPeriodKey(long recipientId, NotificationKind kind,
			long assignmentId, String periodKey);

	/** One page of the failed notifications still to be tried, in id order. */
	List<Notification> findByStatusAndAttemptsLessThanAndIdGreaterThanOrderById(NotificationStatus status, int attempts,
			long afterId, Limit limit);

	/** The newest notifications first. */
	List<Notification> findAllByOrderByIdDesc(Limit limit);

}
