package org.servewell.bench.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
