package org.servewell.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.ExtensibleLockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;

/**
 * Runs a task on one instance of Servewell at a time, the others waiting their turn
 * rather than skipping it: for work at start-up that every instance would otherwise do at
 * once, such as loading the training content. The lock is a row of the scheduled jobs'
 * lock table in the application's database. It is held for a minute and extended every
 * half-minute while the task runs, so a task may take as long as it needs, and an
 * instance that dies mid-task holds the others up for about a minute at most.
 */
@Component
public class InstanceLock {

	/** How long the lock lasts unless extended; ShedLock's keep-alive needs 30 s. */
	private static final Duration HOLD = Duration.ofMinutes(1);

	private static final Duration POLL = Duration.ofMillis(200);

	private final LockProvider locks;

	private final Duration waitAtMost;

	private final TransactionTemplate transaction;

	InstanceLock(LockProvider locks, @Value("${servewell.instance-lock.wait-at-most:10m}") Duration waitAtMost,
			PlatformTransactionManager transactions) {
		this.locks = locks;
		this.waitAtMost = waitAtMost;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * {@link #runAlone} with the task in one transaction of its own, committed before the
	 * lock is released: for a check and the writes it decides on (the first
	 * administrator, the demo accounts).
	 */
	public void runAloneInTransaction(String name, Runnable task) {
		runAlone(name, () -> this.transaction.execute((status) -> {
			task.run();
			return null;
		}));
	}

	/**
	 * Waits until no other instance holds the named lock, then runs the task holding it.
	 * Another instance's task started first has therefore finished (or its instance died)
	 * when this one starts, and the task sees what it committed. Called outside any
	 * transaction: the task's own must commit before the lock is released.
	 * @throws IllegalStateException when the lock stays held longer than
	 * {@code servewell.instance-lock.wait-at-most} (ten minutes unless set)
	 */
	public <T> T runAlone(String name, Supplier<T> task) {
		Assert.state(!TransactionSynchronizationManager.isActualTransactionActive(),
				() -> "runAlone('" + name + "') was called inside a transaction; call it outside one, so that the task"
						+ " commits before the lock is released");
		ScheduledExecutorService keepAlive = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("instance-lock-" + name).factory());
		try {
			LockProvider provider = (this.locks instanceof ExtensibleLockProvider extensible)
					? new KeepAliveLockProvider(extensible, keepAlive) : this.locks;
			SimpleLock lock = await(provider, name);
			try {
				return task.get();
			}
			finally {
				lock.unlock();
			}
		}
		finally {
			keepAlive.shutdownNow();
		}
	}

	private SimpleLock await(LockProvider provider, String name) {
		Instant deadline = Instant.now().plus(this.waitAtMost);
		while (true) {
			Optional<SimpleLock> lock = provider
				.lock(new LockConfiguration(ClockProvider.now(), name, HOLD, Duration.ZERO));
			if (lock.isPresent()) {
				return lock.get();
			}
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("Another instance has held the lock '" + name + "' for longer than "
						+ this.waitAtMost + " (the shedlock table's row says which); start this one again once it"
						+ " is done, or raise servewell.instance-lock.wait-at-most");
			}
			try {
				Thread.sleep(POLL);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the lock '" + name + "'", ex);
			}
		}
	}

}
