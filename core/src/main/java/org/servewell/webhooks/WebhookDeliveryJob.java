package org.servewell.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servewell.webhooks.domain.Webhook;
import org.servewell.webhooks.domain.WebhookDelivery;
import org.servewell.webhooks.domain.WebhookDeliveryRepository;
import org.servewell.webhooks.domain.WebhookRepository;

import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries from the outbox, a small batch at a time, and keeps the outbox
 * bounded. Each delivery is claimed, sent and recorded in three steps, only the first and
 * last in (short) transactions: no connection or lock is held while a receiver answers. A
 * claim moves the delivery's next attempt a minute ahead by a conditional update, so that
 * several instances of Servewell never send the same attempt twice and an instance that
 * dies mid-send leaves the delivery to be tried again. Receivers may still see an event
 * twice (an answer lost on the way back): they use the {@code Servewell-Delivery} id to
 * ignore repeats.
 */
@Component
class WebhookDeliveryJob {

	private static final Logger logger = LoggerFactory.getLogger(WebhookDeliveryJob.class);

	/** How long a claim lasts: well beyond one request's timeouts. */
	private static final Duration CLAIM = Duration.ofMinutes(1);

	/** The name of the lock one instance at a time sends under. */
	static final String DELIVERY_LOCK = "webhook-delivery";

	/** The name of the lock one instance at a time deletes old rows under. */
	static final String CLEANUP_LOCK = "webhook-cleanup";

	private final WebhookRepository webhooks;

	private final WebhookDeliveryRepository deliveries;

	private final WebhookSender sender;

	private final WebhookConfiguration.Settings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	WebhookDeliveryJob(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, WebhookSender sender,
			WebhookConfiguration.Settings settings, PlatformTransactionManager transactions, Clock clock) {
		this.webhooks = webhooks;
		this.deliveries = deliveries;
		this.sender = sender;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Runs as {@code servewell.webhooks.delivery-cron} says ("-" turns it off), on one
	 * instance at a time: a batch (20 by default) takes at most 20 requests of 10 s, so
	 * the lock is held at most 5 minutes. The claims still guard each delivery should a
	 * run outlast its lock.
	 */
	@Scheduled(cron = "${servewell.webhooks.delivery-cron:*/15 * * * * *}")
	@SchedulerLock(name = DELIVERY_LOCK, lockAtMostFor = "PT5M")
	void deliverDue() {
		deliverDue(this.clock.instant());
	}

	/**
	 * Sends up to one batch of the deliveries due at {@code now}.
	 * @return how many were accepted by their receivers
	 */
	int deliverDue(Instant now) {
		List<Long> due = this.transaction
			.execute((status) -> this.deliveries.findDue(now, PageRequest.ofSize(this.settings.batchSize())));
		int accepted = 0;
		for (long id : due) {
			try {
				if (deliver(id, now)) {
					accepted++;
				}
			}
			catch (RuntimeException ex) {
				logger.warn("Webhook delivery #{} could not be sent or recorded; it is tried again later", id, ex);
			}
		}
		return accepted;
	}

	private boolean deliver(long id, Instant now) {
		Optional<Attempt> claimed = this.transaction.execute((status) -> claim(id, now));
		if (claimed.isEmpty()) {
			return false;
		}
		Attempt attempt = claimed.get();
		WebhookSender.Outcome outcome = this.sender.send(attempt.url(), attempt.secret(), attempt.eventType(),
				attempt.delivery().getEventId(), attempt.delivery().getPayload());
		this.transaction.executeWithoutResult((status) -> record(id, outcome, now));
		return outcome.accepted();
	}

	private Optional<Attempt> claim(long id, Instant now) {
		if (this.deliveries.claim(id, now, now.plus(CLAIM)) == 0) {
			return Optional.empty();
		}
		WebhookDelivery delivery = this.deliveries.findById(id).orElseThrow();
		Optional<Webhook> webhook = this.webhooks.findById(delivery.getWebhookId()).filter(Webhook::isActive);
		if (webhook.isEmpty()) {
			delivery.abandon("The webhook was deactivated before the event was delivered.");
			return Optional.empty();
		}
		return Optional
			.of(new Attempt(delivery, webhook.get().getUrl(), webhook.get().getSecret(), delivery.getEventType()));
	}

	private void record(long id, WebhookSender.Outcome outcome, Instant now) {
		// Gone when the webhook was deleted while the request was under way.
		this.deliveries.findById(id).ifPresent((delivery) -> {
			if (outcome.accepted()) {
				delivery.delivered(outcome.statusCode(), now);
				logger.info("Webhook delivery #{} ({}) accepted with HTTP {}", id, delivery.getEventType(),
						outcome.statusCode());
				return;
			}
			int failed = delivery.getAttempts() + 1;
			Instant retryAt = (failed >= this.settings.maxAttempts()) ? null
					: now.plus(this.settings.backOffAfter(failed));
			delivery.attemptFailed(outcome.statusCode(), outcome.error(), retryAt);
			logger.info("Webhook delivery #{} ({}) attempt {} failed: {}; {}", id, delivery.getEventType(), failed,
					outcome.error(), (retryAt != null) ? "next attempt at " + retryAt : "given up");
		});
	}

	/**
	 * Runs as {@code servewell.webhooks.cleanup-cron} says, nightly by default, on one
	 * instance; two deletes, so the lock is held at most 10 minutes.
	 */
	@Scheduled(cron = "${servewell.webhooks.cleanup-cron:0 40 3 * * *}")
	@SchedulerLock(name = CLEANUP_LOCK, lockAtMostFor = "PT10M")
	void deleteOld() {
		deleteOld(this.clock.instant());
	}

	/**
	 * Deletes delivered rows older than {@code keepDelivered} and failed ones older than
	 * {@code keepFailed}.
	 * @return how many were deleted
	 */
	int deleteOld(Instant now) {
		Integer deleted = this.transaction.execute((
				status) -> this.deliveries.deleteOld(DeliveryStatus.DELIVERED, now.minus(this.settings.keepDelivered()))
						+ this.deliveries.deleteOld(DeliveryStatus.FAILED, now.minus(this.settings.keepFailed())));
		logger.info("Deleted {} old webhook deliveries", deleted);
		return (deleted != null) ? deleted : 0;
	}

	/** What one attempt sends, read in the claim's transaction. */
	private record Attempt(WebhookDelivery delivery, String url, String secret, String eventType) {

		@Override
		public String toString() {
			return "Attempt[delivery=" + this.delivery.getId() + ", url=" + this.url + "]";
		}

	}

}
