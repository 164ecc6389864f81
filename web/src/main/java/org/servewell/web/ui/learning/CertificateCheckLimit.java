package org.servewell.web.ui.learning;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many certificate codes one client address may check on the public page: enough for
 * people checking certificates by hand, too few to guess codes. A token bucket per
 * address, in memory per running instance (a restart forgets it).
 */
@Component
class CertificateCheckLimit {

	private static final int TIDY_ABOVE = 10_000;

	private final int perMinute;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	CertificateCheckLimit(@Value("${servewell.verify.checks-per-minute:20}") int perMinute) {
		this.perMinute = perMinute;
	}

	/** True if the address may check one more code now, counting it. */
	boolean tryCheck(String address) {
		if (this.buckets.size() > TIDY_ABOVE) {
			this.buckets.values().removeIf((bucket) -> bucket.getAvailableTokens() >= this.perMinute);
		}
		return this.buckets
			.computeIfAbsent(address,
					(ignored) -> Bucket.builder()
						.addLimit(Bandwidth.builder()
							.capacity(this.perMinute)
							.refillGreedy(this.perMinute, Duration.ofMinutes(1))
							.build())
						.build())
			.tryConsume(1);
	}

}
