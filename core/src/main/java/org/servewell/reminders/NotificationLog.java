package org.servewell.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.servewell.reminders.domain.Notification;
import org.servewell.reminders.domain.NotificationRepository;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of notifications, written in short transactions of its own so that a
 * notification is committed as claimed before its mail goes out, and its outcome right
 * after.
 */
@Component
class NotificationLog {

	private final NotificationRepository notifications;

	private final TransactionTemplate transactions;

	private final Clock clock;

	NotificationLog(NotificationRepository notifications, TransactionTemplate transactions, Clock clock) {
		this.notifications = notifications;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Records that a notification is about to be sent (or, with a reason it is not
	 * mailed, shown in the app only), unless it already was recorded (by an earlier run,
	 * or by another instance at the same moment: the unique key refuses the second).
	 * @param topic the course's title, or null
	 * @param link the path of the page to act on
	 * @param notMailed why it is not mailed, or empty when it is to be mailed now
	 * @return the new notification's id, or empty when it was recorded before
	 */
	Optional<Long> claim(long recipientId, NotificationKind kind, long assignmentId, String periodKey, String topic,
			String link, Optional<String> notMailed) {
		if (this.notifications.existsByRecipientIdAndKindAndAssignmentIdAndPeriodKey(recipientId, kind, assignmentId,
				periodKey)) {
			return Optional.empty();
		}
		NotificationStatus status = notMailed.isPresent() ? NotificationStatus.NOT_MAILED : NotificationStatus.PENDING;
		try {
			return Optional.of(this.transactions.execute((tx) -> this.notifications
				.saveAndFlush(new Notification(recipientId, kind, assignmentId, periodKey, topic, link, status,
						notMailed.orElse(null), this.clock.instant()))
				.getId()));
		}
		catch (DataIntegrityViolationException ex) {
			return Optional.empty();
		}
	}

	@Transactional
	void sent(long id) {
		this.notifications.findById(id).ifPresent((notification) -> notification.sent(this.clock.instant()));
	}

	@Transactional
	void failed(long id, String error) {
		this.notifications.findById(id).ifPresent((notification) -> notification.failed(error, this.clock.instant()));
	}

	@Transactional
	void skipped(long id, String reason) {
		this.notifications.findById(id).ifPresent((notification) -> notification.skipped(reason, this.clock.instant()));
	}

	/**
	 * One page of failed reminders with attempts left, after {@code afterId}; not the
	 * interviewers' mails, which their own job retries.
	 */
	@Transactional(readOnly = true)
	List<Notification> failedToRetry(int maxAttempts, long afterId, int limit) {
		return this.notifications.findByStatusAndKindNotAndAttemptsLessThanAndIdGreaterThanOrderById(
				NotificationStatus.FAILED, NotificationKind.INTERVIEW_ASSIGNED, maxAttempts, afterId, Limit.of(limit));
	}

	/**
	 * One page of mails of {@code kind} to send now: queued, or failed with attempts left
	 * and last tried before {@code triedBefore}.
	 */
	@Transactional(readOnly = true)
	List<Notification> toSend(NotificationKind kind, int maxAttempts, Instant triedBefore, long afterId, int limit) {
		return this.notifications.findToSend(kind, maxAttempts, triedBefore, afterId, Limit.of(limit));
	}

	/**
	 * Takes a queued or failed notification for sending, committed before the mail goes
	 * out; of several instances only one gets it.
	 * @return whether this caller took it
	 */
	@Transactional
	boolean take(long id) {
		return this.notifications.take(id) == 1;
	}

}
