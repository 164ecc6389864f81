package org.servewell.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.servewell.reminders.domain.Notification;
import org.servewell.reminders.domain.NotificationInserts;
import org.servewell.reminders.domain.NotificationKey;
import org.servewell.reminders.domain.NotificationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of notifications, written in short transactions of its own so that a
 * notification is committed as claimed before its mail goes out, and its outcome right
 * after. The daily run claims a page at a time and records the page's outcomes together
 * (docs/decisions/0023).
 */
@Component
class NotificationLog {

	private static final Logger logger = LoggerFactory.getLogger(NotificationLog.class);

	private final NotificationRepository notifications;

	private final NotificationInserts inserts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	NotificationLog(NotificationRepository notifications, NotificationInserts inserts, TransactionTemplate transactions,
			Clock clock) {
		this.notifications = notifications;
		this.inserts = inserts;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Records a page of notifications about to be sent (or, with a reason they are not
	 * mailed, shown in the app only), except those recorded before (by an earlier run, or
	 * by another instance at the same moment: the unique key refuses the second). Those
	 * not recorded yet are inserted in one batch, committed before any of their mails
	 * goes out. If the unique key refuses one of the batch (another instance recorded it
	 * since this one looked), the batch is rolled back and its notifications are inserted
	 * one at a time, so that the others are still recorded.
	 * @return the ids of the notifications recorded by this call, by their keys
	 */
	Map<NotificationKey, Long> claim(List<Notification> notifications) {
		if (notifications.isEmpty()) {
			return Map.of();
		}
		Map<NotificationKey, Long> before = this.transactions
			.execute((tx) -> this.inserts.idsOf(notifications.stream().map(Notification::key).toList()));
		Map<NotificationKey, Notification> fresh = new LinkedHashMap<>();
		notifications.stream()
			.filter((notification) -> !before.containsKey(notification.key()))
			.forEach((notification) -> fresh.putIfAbsent(notification.key(), notification));
		return record(List.copyOf(fresh.values()));
	}

	/**
	 * Inserts notifications none of which was recorded when the caller looked: in one
	 * batch, or, if the unique key refuses one (recorded since by another instance), one
	 * at a time, leaving out those refused.
	 * @return the ids of those this call recorded, by their keys
	 */
	Map<NotificationKey, Long> record(List<Notification> fresh) {
		if (fresh.isEmpty()) {
			return Map.of();
		}
		List<NotificationKey> recorded;
		try {
			this.transactions.executeWithoutResult((tx) -> this.inserts.insertAll(fresh));
			recorded = fresh.stream().map(Notification::key).toList();
		}
		catch (DataIntegrityViolationException ex) {
			logger.info("A page of {} notifications clashed with one recorded meanwhile; recording them one at a time",
					fresh.size());
			recorded = fresh.stream().filter(this::insertOne).map(Notification::key).toList();
		}
		List<NotificationKey> keys = recorded;
		return this.transactions.execute((tx) -> this.inserts.idsOf(keys));
	}

	private boolean insertOne(Notification notification) {
		try {
			this.transactions.executeWithoutResult((tx) -> this.inserts.insertAll(List.of(notification)));
			return true;
		}
		catch (DataIntegrityViolationException ex) {
			return false;
		}
	}

	/**
	 * A new notification to claim: to be mailed ({@code PENDING}) unless a reason it is
	 * not mailed is given ({@code NOT_MAILED}).
	 * @param topic the course's title, or null
	 * @param link the path of the page to act on
	 */
	Notification notification(long recipientId, NotificationKind kind, long assignmentId, String periodKey,
			String topic, String link, Optional<String> notMailed) {
		return new Notification(recipientId, kind, assignmentId, periodKey, topic, link,
				notMailed.isPresent() ? NotificationStatus.NOT_MAILED : NotificationStatus.PENDING,
				notMailed.orElse(null), this.clock.instant());
	}

	/**
	 * Records the outcomes of a page of mails in one transaction: those the server took,
	 * and those it did not, each with its error (retried by a later run).
	 */
	void outcomes(Collection<Long> sent, Map<Long, String> failed) {
		Instant now = this.clock.instant();
		this.transactions.executeWithoutResult((tx) -> {
			this.inserts.sent(sent, now);
			this.inserts.failed(failed, now);
		});
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
