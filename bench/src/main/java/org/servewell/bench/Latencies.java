package org.servewell.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Operation count and latency percentiles of a measured phase.
 *
 * @param operations operations completed in the phase
 * @param seconds the phase's length
 * @param sortedNanos every latency, sorted
 */
record Latencies(long operations, double seconds, long[] sortedNanos) {

	static Latencies of(List<long[]> perThread, double seconds) {
		long[] all = perThread.stream().flatMapToLong(Arrays::stream).toArray();
		Arrays.sort(all);
		return new Latencies(all.length, seconds, all);
	}

	double perSecond() {
		return this.operations / this.seconds;
	}

	double millis(double percentile) {
		if (this.sortedNanos.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.min(this.sortedNanos.length - 1,
				Math.ceil(percentile / 100 * this.sortedNanos.length) - 1);
		return this.sortedNanos[Math.max(0, index)] / 1_000_000.0;
	}

	String describe(String what) {
		return String.format("%-34s %8d ops  %8.0f ops/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %7.1f ms", what,
				this.operations, perSecond(), millis(50), millis(95), millis(99), millis(100));
	}

}
