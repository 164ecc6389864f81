package org.servewell.xapi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servewell.xapi.domain.LrsConnection;
import org.servewell.xapi.domain.LrsConnectionRepository;
import org.servewell.xapi.domain.QueuedStatement;
import org.servewell.xapi.domain.QueuedStatementRepository;

import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due statements from the outbox to the LRS, a batch per request, and keeps the
 * outbox bounded. A batch is claimed, sent and recorded in three steps, only the first
 * and last in (short) transactions: no connection or lock is held while the LRS answers.
 * A claim moves each statement's next attempt a minute ahead by a conditional update, so
 * that several instances never send the same attempt twice and an instance that dies
 * mid-send leaves its batch to be tried again.
 * <p>
 * The LRS stores a statement id once: a 409 for a batch means one of its statements was
 * stored before (an answer lost on the way back), so the batch is sent again statement by
 * statement, and a 409 for one statement counts as delivered. While the LRS is turned
 * off, nothing is sent and the statements already queued wait.
 */
@Component
class XapiDeliveryJob {

	private static final Logger logger = LoggerFactory.getLogger(XapiDeliveryJob.class);

	/**
	 * How long a claim lasts: beyond a request's timeouts, a batch sent again singly
	 * included.
	 */
	private static final Duration CLAIM = Duration.ofMinutes(10);

	/** Most batches one run sends, so that a run ends well within its lock. */
	private static final int BATCHES_PER_RUN = 10;

	/** The name of the lock one instance at a time sends under. */
	static final String DELIVERY_LOCK = "xapi-delivery";

	/** The name of the lock one instance at a time deletes old rows under. */
	static final String CLEANUP_LOCK = "xapi-cleanup";

	private final LrsConnectionRepository lrs;

	private final QueuedStatementRepository statements;

	private final XapiSender sender;

	private final XapiConfiguration.Settings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	XapiDeliveryJob(LrsConnectionRepository lrs, QueuedStatementRepository statements, XapiSender sender,
			XapiConfiguration.Settings settings, PlatformTransactionManager transactions, Clock clock) {
		this.lrs = lrs;
		this.statements = statements;
		this.sender = sender;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Runs as {@code servewell.xapi.delivery-cron} says ("-" turns it off), on one
	 * instance at a time: at most ten batches, each a request of at most 20 s (and, after
	 * a 409, one per statement), so the lock is held at most 15 minutes. The claims still
	 * guard each statement should a run outlast its lock.
	 */
	@Scheduled(cron = "${servewell.xapi.delivery-cron:*/15 * * * * *}")
	@SchedulerLock(name = DELIVERY_LOCK, lockAtMostFor = "PT15M")
	void deliverDue() {
		deliverDue(this.clock.instant());
	}

	/**
	 * Sends the statements due at {@code now}, a batch per request, up to ten batches;
	 * stops after a batch the LRS took none of.
	 * @return how many the LRS stored (or had already)
	 */
	int deliverDue(Instant now) {
		int delivered = 0;
		for (int batch = 0; batch < BATCHES_PER_RUN; batch++) {
			Optional<Batch> claimed = this.transaction.execute((status) -> claim(now));
			if (claimed.isEmpty()) {
				break;
			}
			try {
				int stored = send(claimed.get(), now);
				delivered += stored;
				if (stored == 0) {
					// The LRS took none: down or refusing. The rest waits for the next
					// run
					// rather than each batch waiting out the timeouts.
					break;
				}
			}
			catch (RuntimeException ex) {
				logger.warn("A batch of {} xAPI statements could not be sent or recorded; it is tried again later",
						claimed.get().items().size(), ex);
				break;
			}
		}
		return delivered;
	}

	private Optional<Batch> claim(Instant now) {
		Optional<LrsConnection> connection = this.lrs.findEnabled();
		if (connection.isEmpty()) {
			return Optional.empty();
		}
		List<Long> claimed = this.statements.findDue(now, PageRequest.ofSize(this.settings.batchSize()))
			.stream()
			.filter((id) -> this.statements.claim(id, now, now.plus(CLAIM)) == 1)
			.toList();
		if (claimed.isEmpty()) {
			return Optional.empty();
		}
		List<Item> items = this.statements.findAllById(claimed)
			.stream()
			.map((statement) -> new Item(statement.getId(), statement.getPayload()))
			.toList();
		LrsConnection lrs = connection.get();
		return Optional
			.of(new Batch(new XapiSender.Lrs(lrs.getEndpoint(), lrs.getUsername(), lrs.getPassword()), items));
	}

	private int send(Batch batch, Instant now) {
		XapiSender.Outcome outcome = this.sender.send(batch.lrs(), batch.items().stream().map(Item::payload).toList());
		if (outcome.conflict() && batch.items().size() > 1) {
			int delivered = 0;
			for (Item item : batch.items()) {
				XapiSender.Outcome single = this.sender.send(batch.lrs(), List.of(item.payload()));
				this.transaction.executeWithoutResult((status) -> record(List.of(item), single, now));
				delivered += stored(single) ? 1 : 0;
			}
			return delivered;
		}
		this.transaction.executeWithoutResult((status) -> record(batch.items(), outcome, now));
		return stored(outcome) ? batch.items().size() : 0;
	}

	/** Stored now, or stored before (409 for a single statement). */
	private static boolean stored(XapiSender.Outcome outcome) {
		return outcome.accepted() || outcome.conflict();
	}

	private void record(List<Item> items, XapiSender.Outcome outcome, Instant now) {
		for (QueuedStatement statement : this.statements.findAllById(items.stream().map(Item::id).toList())) {
			if (stored(outcome)) {
				statement.delivered(outcome.statusCode(), now);
				continue;
			}
			int failed = statement.getAttempts() + 1;
			Instant retryAt = (failed >= this.settings.maxAttempts()) ? null
					: now.plus(this.settings.backOffAfter(failed));
			statement.attemptFailed(outcome.statusCode(), outcome.error(), retryAt);
		}
		if (stored(outcome)) {
			logger.info("{} xAPI statements stored by the LRS (HTTP {})", items.size(), outcome.statusCode());
		}
		else {
			logger.info("Sending {} xAPI statements failed: {}; tried again after the back-off", items.size(),
					outcome.error());
		}
	}

	/**
	 * Runs as {@code servewell.xapi.cleanup-cron} says, nightly by default, on one
	 * instance; two deletes, so the lock is held at most 10 minutes.
	 */
	@Scheduled(cron = "${servewell.xapi.cleanup-cron:0 55 3 * * *}")
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
		Integer deleted = this.transaction.execute((status) -> this.statements.deleteOld(StatementStatus.DELIVERED,
				now.minus(this.settings.keepDelivered()))
				+ this.statements.deleteOld(StatementStatus.FAILED, now.minus(this.settings.keepFailed())));
		logger.info("Deleted {} old xAPI statements", deleted);
		return (deleted != null) ? deleted : 0;
	}

	/** One queued statement to send. */
	private record Item(long id, String payload) {
	}

	/** What one request sends and where, read in the claim's transaction. */
	private record Batch(XapiSender.Lrs lrs, List<Item> items) {
	}

}
