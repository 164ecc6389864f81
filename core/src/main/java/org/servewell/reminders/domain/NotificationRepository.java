package org.servewell.reminders.domain;

import java.time.Instant;
import java.util.List;

import org.servewell.reminders.NotificationKind;
import org.servewell.reminders.NotificationStatus;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Notifications, read in pages; a page is recorded by {@link NotificationInserts}.
 */
public interface NotificationRepository extends JpaRepository<Notification, Long> {

	/**
	 * One page of the failed notifications of other kinds still to be tried, in id order.
	 */
	List<Notification> findByStatusAndKindNotAndAttemptsLessThanAndIdGreaterThanOrderById(NotificationStatus status,
			NotificationKind kind, int attempts, long afterId, Limit limit);

	/**
	 * The mails of {@code kind} to send now: queued ones, and failed ones with attempts
	 * left whose last attempt was before {@code triedBefore}; in id order.
	 */
	@Query("""
			select n from Notification n where n.kind = :kind and n.id > :afterId
			  and (n.status = org.servewell.reminders.NotificationStatus.QUEUED
			    or (n.status = org.servewell.reminders.NotificationStatus.FAILED and n.attempts < :maxAttempts
			      and n.lastAttemptAt < :triedBefore))
			order by n.id""")
	List<Notification> findToSend(@Param("kind") NotificationKind kind, @Param("maxAttempts") int maxAttempts,
			@Param("triedBefore") Instant triedBefore, @Param("afterId") long afterId, Limit limit);

	/**
	 * Takes a queued or failed notification for sending: of several instances only one
	 * changes the row.
	 * @return 1 when this caller took it
	 */
	@Modifying
	@Query("""
			update Notification n set n.status = org.servewell.reminders.NotificationStatus.PENDING
			where n.id = :id and n.status in (org.servewell.reminders.NotificationStatus.QUEUED,
			  org.servewell.reminders.NotificationStatus.FAILED)""")
	int take(@Param("id") long id);

	/** A person's notices, newest first, except those of {@code status}. */
	List<Notification> findByRecipientIdAndStatusNotOrderByIdDesc(long recipientId, NotificationStatus status,
			Limit limit);

	long countByRecipientIdAndReadAtIsNullAndStatusNot(long recipientId, NotificationStatus status);

	/** Marks all a person's unread notices read. */
	@Modifying
	@Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
	int markAllRead(@Param("recipientId") long recipientId, @Param("now") Instant now);

	/** The newest notifications first. */
	List<Notification> findAllByOrderByIdDesc(Limit limit);

}
