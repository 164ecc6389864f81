package org.servewell.bench.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one step of the harness measured: every interaction's latency by kind, the errors
 * by kind with their first messages, and the size of the answers to answer clicks.
 */
final class StepFigures {

	static final List<String> KINDS = List.of("sign-in", "navigate", "open quiz", "answer", "next", "submit");

	private final Map<String, ConcurrentLinkedQueue<Long>> samples = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();

	private final Map<String, AtomicLong> answerBytes = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();

	void sample(String kind, long nanos) {
		this.samples.computeIfAbsent(kind, (k) -> new ConcurrentLinkedQueue<>()).add(nanos);
	}

	/** Counts an error of the kind; always false, so a step can return it. */
	boolean error(String kind, String message) {
		this.errors.computeIfAbsent(kind, (k) -> new AtomicLong()).incrementAndGet();
		if (this.firstErrors.size() < 10) {
			this.firstErrors.add(kind + ": " + message);
		}
		return false;
	}

	/** The size of the server's UIDL answer to one interaction of the kind. */
	void answerBytes(String kind, long bytes) {
		this.answerBytes.computeIfAbsent(kind, (k) -> new AtomicLong()).addAndGet(bytes);
		this.answers.computeIfAbsent(kind, (k) -> new AtomicLong()).incrementAndGet();
	}

	long interactions() {
		return this.samples.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
	}

	long errors() {
		return this.errors.values().stream().mapToLong(AtomicLong::get).sum();
	}

	long averageAnswerBytes(String kind) {
		long count = this.answers.getOrDefault(kind, new AtomicLong()).get();
		return (count == 0) ? 0 : this.answerBytes.get(kind).get() / count;
	}

	List<String> firstErrors() {
		return new ArrayList<>(this.firstErrors);
	}

	/** One line per kind: count, errors, p50, p95, p99 and max in milliseconds. */
	List<String> latencyLines() {
		List<String> lines = new ArrayList<>();
		for (String kind : KINDS) {
			long[] sorted = this.samples.getOrDefault(kind, new ConcurrentLinkedQueue<>())
				.stream()
				.mapToLong(Long::longValue)
				.sorted()
				.toArray();
			long failed = this.errors.getOrDefault(kind, new AtomicLong()).get();
			lines.add(String.format("  %-10s %6d ok %4d err  p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f ms", kind,
					sorted.length, failed, millis(sorted, 50), millis(sorted, 95), millis(sorted, 99),
					millis(sorted, 100)));
		}
		return lines;
	}

	private static double millis(long[] sorted, double percentile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100 * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1_000_000.0;
	}

}
