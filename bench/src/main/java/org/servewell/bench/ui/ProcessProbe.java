package org.servewell.bench.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the harness reads about the app's and the database's processes: CPU seconds used
 * so far (user and system, from {@code /proc/<pid>/stat}, in clock ticks of 1/100 s) and
 * the app's heap in use right after a full collection ({@code jcmd <pid> GC.run}, then
 * {@code GC.heap_info}).
 */
final class ProcessProbe {

	private static final double TICKS_PER_SECOND = 100;

	private static final Pattern HEAP_USED = Pattern
		.compile("heap\\s+total[^,]*,\\s*committed\\s+\\d+K,\\s*used\\s+(\\d+)K");

	private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

	private ProcessProbe() {
	}

	/** CPU seconds the process has used, or NaN when it cannot be read. */
	static double cpuSeconds(long pid) {
		if (pid <= 0) {
			return Double.NaN;
		}
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			// Fields after the command name, which is in parentheses and may hold spaces.
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	/** Heap in use after a full collection, in KB, or -1 when jcmd fails. */
	static long heapAfterGcKb(long pid) {
		if (pid <= 0) {
			return -1;
		}
		jcmd(pid, "GC.run");
		Matcher used = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
		return used.find() ? Long.parseLong(used.group(1)) : -1;
	}

	/**
	 * Live objects by class after a full collection
	 * ({@code jcmd <pid> GC.class_histogram}): class name to bytes.
	 */
	static Map<String, Long> histogram(long pid) {
		Map<String, Long> bytes = new HashMap<>();
		if (pid <= 0) {
			return bytes;
		}
		for (String line : jcmd(pid, "GC.class_histogram").split("\n")) {
			Matcher row = HISTOGRAM_ROW.matcher(line);
			if (row.find()) {
				bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
			}
		}
		return bytes;
	}

	/** The classes that grew most between two histograms, per learner, one a line. */
	static List<String> growth(Map<String, Long> before, Map<String, Long> after, long learners, int top) {
		return after.entrySet()
			.stream()
			.map((entry) -> Map.entry(entry.getKey(), entry.getValue() - before.getOrDefault(entry.getKey(), 0L)))
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(top)
			.map((entry) -> String.format("    %8.1f KB  %s", entry.getValue() / 1024.0 / Math.max(1, learners),
					entry.getKey()))
			.toList();
	}

	private static String jcmd(long pid, String command) {
		try {
			Process process = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(60, TimeUnit.SECONDS);
			return output;
		}
		catch (IOException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

}
