package org.servewell.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.servewell.demo.OrganisationSize;
import org.servewell.learning.ProgressOrder;
import org.servewell.learning.ProgressService;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How long the Progress page takes to open with many learners: the course summary and the
 * first page of one course's people, as HR (everyone) and as a manager (a team of ten),
 * through {@link ProgressService} as the page calls it. The data comes from core's
 * {@link OrganisationGenerator}, the demo organisation's generator at the benchmark's
 * size ({@link OrganisationSize#bench}). See README.md for the command and the results.
 */
public final class ProgressBenchmark {

	/** Rows the page's per-person grid asks for first. */
	static final int FIRST_PAGE = 50;

	private ProgressBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int learners = Integer.getInteger("learners", 100_000);
		int courses = Integer.getInteger("courses", 20);
		OrganisationSize size = OrganisationSize.bench(learners, courses);
		int repeat = Integer.getInteger("repeat", 5);
		try (ConfigurableApplicationContext context = SpringApplication.run(BenchApplication.class, args)) {
			Environment environment = context.getEnvironment();
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			Organisations.generateUnlessKept(environment, size, learners, courses);
			String manager = jdbc.sql("""
					select email from person where manager_id is null and email like 'bench-%'
					and id in (select manager_id from person) order by id""").query(String.class).list().get(0);
			String course = jdbc.sql("select code from course order by id").query(String.class).list().get(0);
			int assignments = jdbc.sql("select count(*) from course_assignment").query(Integer.class).single();
			ProgressService progress = context.getBean(ProgressService.class);

			System.out.println();
			System.out.printf(Locale.ROOT, "%,d assignments in the database; %d runs each, the first one cold%n",
					assignments, repeat);
			time("HR/admin (everyone)", Organisations.ADMIN, "ADMIN", repeat, () -> open(progress, course));
			time("manager (team of " + size.teamSize() + ")", manager, "MANAGER", repeat, () -> open(progress, course));
		}
	}

	/** What the page asks for when it opens and a course is chosen. */
	private static String open(ProgressService progress, String course) {
		long started = System.nanoTime();
		int courses = progress.courses().size();
		long summary = System.nanoTime() - started;
		// The grid asks for the count and the first page.
		int count = progress.coursePeopleCount(course);
		int rows = progress.coursePage(course, ProgressOrder.NAME, false, 0, FIRST_PAGE).size();
		long total = System.nanoTime() - started;
		return String.format(Locale.ROOT, "summary %d courses %.0f ms, people %d of %d rows %.0f ms", courses,
				summary / 1e6, rows, count, (total - summary) / 1e6) + "|" + total;
	}

	private static void time(String who, String email, String role, int repeat, Callable<String> action)
			throws Exception {
		Organisations.signIn(email, role);
		List<Double> totals = new ArrayList<>();
		try {
			for (int i = 0; i < repeat; i++) {
				String[] result = action.call().split("\\|");
				double millis = Long.parseLong(result[1]) / 1e6;
				totals.add(millis);
				System.out.printf(Locale.ROOT, "%s run %d: %.0f ms (%s)%n", who, i + 1, millis, result[0]);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		List<Double> sorted = new ArrayList<>(totals);
		Collections.sort(sorted);
		System.out.printf(Locale.ROOT, "%s: median %.0f ms, min %.0f ms, max %.0f ms%n", who,
				sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
	}

}
