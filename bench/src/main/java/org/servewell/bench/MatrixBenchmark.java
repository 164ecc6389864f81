package org.servewell.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.servewell.demo.OrganisationSize;
import org.servewell.reporting.CellState;
import org.servewell.reporting.CompletionMatrixService;
import org.servewell.reporting.MatrixFilter;
import org.servewell.reporting.MatrixOrder;
import org.servewell.reporting.MatrixSummary;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The completion matrix at a company's size: a filtered page as the report screen asks
 * for it (the row count and the first page of 50) timed over many filters, and the CSV of
 * every cell streamed to nowhere with the heap's peak recorded. Data from core's
 * {@link OrganisationGenerator} at the benchmark's size. See README.md for the command
 * and the results.
 */
public final class MatrixBenchmark {

	private static final int PAGE = 50;

	private MatrixBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int learners = Integer.getInteger("learners", 100_000);
		int courses = Integer.getInteger("courses", 20);
		int repeat = Integer.getInteger("repeat", 40);
		try (ConfigurableApplicationContext context = SpringApplication.run(BenchApplication.class, args)) {
			Environment environment = context.getEnvironment();
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			Organisations.generateUnlessKept(environment, OrganisationSize.bench(learners, courses), learners, courses);
			int cells = jdbc.sql("select count(*) from course_assignment").query(Integer.class).single();
			List<String> departments = jdbc.sql("select name from department where name like 'Bench department %'")
				.query(String.class)
				.list();
			CompletionMatrixService matrix = context.getBean(CompletionMatrixService.class);
			Organisations.signIn(Organisations.ADMIN, "ADMIN");
			try {
				System.out.printf(Locale.ROOT, "%n%,d cells (assignments) in the database%n", cells);
				pages(matrix, departments, repeat);
				csv(matrix);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}
	}

	/**
	 * Filtered pages as the screen asks for them: the columns and the first page of rows,
	 * which the screen shows at once; then the summary (the number of people and the
	 * totals per course), which it fills in when counted.
	 */
	private static void pages(CompletionMatrixService matrix, List<String> departments, int repeat) {
		CellState[] states = { CellState.OVERDUE, null, CellState.COMPLETE, CellState.NOT_STARTED };
		List<Double> pageMillis = new ArrayList<>();
		List<Double> summaryMillis = new ArrayList<>();
		for (int i = 0; i < repeat; i++) {
			String department = (i % 3 == 0) ? null : departments.get(i % departments.size());
			MatrixFilter filter = new MatrixFilter(department, null, null, null, states[i % states.length], null, null);
			long started = System.nanoTime();
			int columns = matrix.columns(filter).size();
			int rows = matrix.page(filter, MatrixOrder.NAME, false, 0, PAGE).size();
			double page = (System.nanoTime() - started) / 1e6;
			started = System.nanoTime();
			MatrixSummary summary = matrix.summary(filter);
			double counted = (System.nanoTime() - started) / 1e6;
			pageMillis.add(page);
			summaryMillis.add(counted);
			System.out.printf(Locale.ROOT,
					"page %d: %s, %s: %d rows x %d columns in %.0f ms; then %d people, "
							+ "%d courses counted in %.0f ms%n",
					i + 1, (department != null) ? department : "every department",
					(filter.status() != null) ? filter.status() : "any state", rows, columns, page, summary.people(),
					summary.courses().size(), counted);
		}
		report("first page (columns and 50 rows)", pageMillis);
		report("summary (people and totals per course)", summaryMillis);
	}

	private static void report(String what, List<Double> millis) {
		List<Double> warm = new ArrayList<>(millis.subList(Math.min(5, millis.size() - 1), millis.size()));
		Collections.sort(warm);
		System.out.printf(Locale.ROOT,
				"%s after 5 warm-up filters (%d filters): p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", what, warm.size(),
				warm.get(warm.size() / 2), warm.get((int) Math.ceil(warm.size() * 0.95) - 1),
				warm.get(warm.size() - 1));
	}

	/** Every cell to a stream that only counts, with the heap's peak. */
	private static void csv(CompletionMatrixService matrix) {
		System.gc();
		resetPeaks();
		CountingStream out = new CountingStream();
		long started = System.nanoTime();
		matrix.writeCsv(MatrixFilter.none(), out);
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf(Locale.ROOT,
				"CSV of every cell: %,d lines, %,d bytes in %.1f s; heap peak %d MB (max heap %d MB)%n", out.lines,
				out.bytes, seconds, heapPeak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long heapPeak() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
	}

	private static final class CountingStream extends OutputStream {

		long bytes;

		long lines;

		@Override
		public void write(int b) {
			this.bytes++;
			if (b == '\n') {
				this.lines++;
			}
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.bytes += len;
			for (int i = off; i < off + len; i++) {
				if (b[i] == '\n') {
					this.lines++;
				}
			}
		}

	}

}
