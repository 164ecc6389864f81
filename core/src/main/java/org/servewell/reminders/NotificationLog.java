package org.servewell.reminders;

import java.time.Clock;
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
	 * Records that a notification is about to be sent, unless it already was recorded (by
	 * an earlier run, or by another instance at the same moment: the unique key refuses
	 * the second).
	 * @return the new notification's id, or empty when it was recorded before
	 */
	Optional<Long> claim(long recipientId, NotificationKind kind, long assignmentId, String periodKey) {
		if (this.notifications.existsByRecipientIdAndKindAndAssignmentIdAndPeriodKey(recipientId, kind, assignmentId,
				periodKey)) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.transactions.execute((status) -> this.notifications
				.saveAndFlush(new Notification(recipientId, kind, assignmentId, periodKey, this.clock.instant()))
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

	/** One page of failed notifications with attempts left, after {@code afterId}. */
	@Transactional(readOnly = true)
	List<Notification> failedToRetry(int maxAttempts, long afterId, int limit) {
		return this.notifications.findByStatusAndAttemptsLessThanAndIdGreaterThanOrderById(NotificationStatus.FAILED,
				maxAttempts, afterId, Limit.of(limit));
	}

}
