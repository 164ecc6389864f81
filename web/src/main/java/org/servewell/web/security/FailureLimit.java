package org.servewell.web.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Counts failures per key (an account or a client address) in token buckets: each key may
 * fail {@code allowed} times; the bucket refills all at once {@code lock} after it was
 * first drawn from, so a key that used them all is locked until then. Kept in memory, per
 * running instance: a restart forgets the counts, and two instances count apart.
 */
final class FailureLimit {

	/** Above this many keys, keys with no failures left to forget are dropped. */
	private static final int TIDY_ABOVE = 10_000;

	private final int allowed;

	private final Duration lock;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	FailureLimit(int allowed, Duration lock) {
		this.allowed = allowed;
		this.lock = lock;
	}

	/** How long the key stays locked, or zero when it is not locked. */
	Duration lockedFor(String key) {
		Bucket bucket = this.buckets.get(key);
		if (bucket == null) {
			return Duration.ZERO;
		}
		return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
	}

	/**
	 * Counts one failure.
	 * @return true when this failure used the last one allowed, so the key is locked now
	 */
	boolean fail(String key) {
		if (this.buckets.size() > TIDY_ABOVE) {
			tidy();
		}
		Bucket bucket = this.buckets.computeIfAbsent(key, (ignored) -> newBucket());
		return bucket.tryConsume(1) && bucket.getAvailableTokens() == 0;
	}

	/** Forgets the key's failures, as after a correct password. */
	void forget(String key) {
		this.buckets.remove(key);
	}

	int allowed() {
		return this.allowed;
	}

	Duration lock() {
		return this.lock;
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(this.allowed).refillIntervally(this.allowed, this.lock).build())
			.build();
	}

	private void tidy() {
		this.buckets.values().removeIf((bucket) -> bucket.getAvailableTokens() >= this.allowed);
	}

}
