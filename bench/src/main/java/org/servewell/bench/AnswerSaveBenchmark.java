package org.servewell.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servewell.learning.AttemptService;
import org.servewell.learning.AttemptView;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How fast the quiz's answer-save path is with many learners answering at once, beside
 * plain single-row JDBC inserts on the same server and connection pool. Every learner has
 * an attempt in progress; each thread plays one learner, saving answers to their
 * attempt's questions back to back. See README.md for the command and the results.
 */
public final class AnswerSaveBenchmark {

	private static final Logger log = LoggerFactory.getLogger(AnswerSaveBenchmark.class);

	private static final String COURSE = "first-time-every-time";

	private static final String ADMIN = "bench-admin@servewell.org";

	private AnswerSaveBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int learners = Integer.getInteger("learners", 200);
		int warmupSeconds = Integer.getInteger("warmup", 10);
		int measureSeconds = Integer.getInteger("seconds", 30);
		// 0: every learner saves back to back (saturation); otherwise one save per
		// learner every this many ms.
		int pacingMillis = Integer.getInteger("pacing", 0);
		try (ConfigurableApplicationContext context = SpringApplication.run(BenchApplication.class, args)) {
			PeopleService people = context.getBean(PeopleService.class);
			AttemptService attempts = context.getBean(AttemptService.class);
			DataSource dataSource = context.getBean(DataSource.class);
			int pool = context.getEnvironment()
				.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10);
			log.info("Setting up {} learners with an attempt each (pool {})", learners, pool);
			List<Learner> all = setUp(people, attempts, learners);

			Latencies saves = run(learners, warmupSeconds, measureSeconds, pacingMillis, (index) -> {
				Learner learner = all.get(index);
				AttemptView.Question question = learner.attempt()
					.questions()
					.get(ThreadLocalRandom.current().nextInt(learner.attempt().questions().size()));
				long option = question.choices()
					.get(ThreadLocalRandom.current().nextInt(question.choices().size()))
					.optionId();
				attempts.saveAnswer(learner.attempt().attemptId(), question.itemId(), option);
			}, all);

			try (Connection connection = dataSource.getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE IF NOT EXISTS bench_raw_insert (id BIGINT NOT NULL AUTO_INCREMENT, "
						+ "attempt_id BIGINT NOT NULL, item_id BIGINT NOT NULL, option_id BIGINT NOT NULL, "
						+ "saved_at DATETIME(6) NOT NULL, PRIMARY KEY (id))");
			}
			Latencies raw = run(learners, warmupSeconds, measureSeconds, pacingMillis, (index) -> {
				try (Connection connection = dataSource.getConnection()) {
					insertRaw(connection, index);
					connection.commit();
				}
			}, null);

			Latencies rawAutoCommit;
			try (HikariDataSource autoCommit = autoCommitPool(context, pool)) {
				rawAutoCommit = run(learners, warmupSeconds, measureSeconds, pacingMillis, (index) -> {
					try (Connection connection = autoCommit.getConnection()) {
						insertRaw(connection, index);
					}
				}, null);
			}

			System.out.println();
			System.out.printf("%d concurrent learners, connection pool %d, %d s warm-up, %d s measured, %s%n", learners,
					pool, warmupSeconds, measureSeconds,
					(pacingMillis > 0) ? "each saving once every " + pacingMillis + " ms" : "each saving back to back");
			System.out.println(saves.describe("AttemptService.saveAnswer"));
			System.out.println(raw.describe("raw JDBC single-row INSERT + COMMIT"));
			System.out.println(rawAutoCommit.describe("raw JDBC single-row INSERT, auto-commit"));
			System.out.printf("answer saves reach %.0f%% of the raw insert rate (%.0f%% of the auto-commit rate)%n",
					100 * saves.perSecond() / raw.perSecond(), 100 * saves.perSecond() / rawAutoCommit.perSecond());
		}
	}

	private static void insertRaw(Connection connection, int index) throws java.sql.SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO bench_raw_insert (attempt_id, item_id, option_id, saved_at) VALUES (?, ?, ?, ?)")) {
			insert.setLong(1, index);
			insert.setLong(2, index);
			insert.setLong(3, index);
			insert.setTimestamp(4, Timestamp.from(Instant.now()));
			insert.executeUpdate();
		}
	}

	/**
	 * A second pool to the same server with auto-commit on: the cheapest insert there is,
	 * one statement and no separate commit.
	 */
	private static HikariDataSource autoCommitPool(ConfigurableApplicationContext context, int size) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(context.getEnvironment().getRequiredProperty("spring.datasource.url"));
		dataSource.setUsername(context.getEnvironment().getProperty("spring.datasource.username"));
		dataSource.setPassword(context.getEnvironment().getProperty("spring.datasource.password"));
		dataSource.setMaximumPoolSize(size);
		dataSource.setAutoCommit(true);
		return dataSource;
	}

	private static List<Learner> setUp(PeopleService people, AttemptService attempts, int count) {
		List<Learner> learners = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String email = "bench-learner-" + i + "@servewell.org";
			String name = "Bench Learner " + i;
			as(ADMIN, "ADMIN",
					() -> people.createPerson(
							new PersonForm(email, name, Set.of(Role.LEARNER), null, null, null, null, true, null),
							"a long benchmark password"));
			AttemptView attempt = as(email, "LEARNER", () -> attempts.startOrResume(COURSE));
			learners.add(new Learner(email, attempt));
		}
		return learners;
	}

	/**
	 * Runs one operation per thread back to back; records latencies only in the measured
	 * phase.
	 */
	private static Latencies run(int threads, int warmupSeconds, int measureSeconds, int pacingMillis,
			Operation operation, List<Learner> signIn) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		AtomicBoolean measuring = new AtomicBoolean();
		AtomicBoolean stop = new AtomicBoolean();
		CountDownLatch done = new CountDownLatch(threads);
		List<long[]> perThread = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int index = t;
			long[][] samples = { new long[1024] };
			int[] size = { 0 };
			synchronized (perThread) {
				perThread.add(null);
			}
			pool.execute(() -> {
				try {
					if (signIn != null) {
						signIn(signIn.get(index).email(), "LEARNER");
					}
					long next = System.nanoTime() + TimeUnit.MILLISECONDS
						.toNanos(ThreadLocalRandom.current().nextInt(Math.max(1, pacingMillis)));
					while (!stop.get()) {
						if (pacingMillis > 0) {
							long wait = next - System.nanoTime();
							if (wait > 0) {
								TimeUnit.NANOSECONDS.sleep(wait);
							}
							next += TimeUnit.MILLISECONDS.toNanos(pacingMillis);
						}
						long start = System.nanoTime();
						try {
							operation.run(index);
						}
						catch (Exception ex) {
							log.warn("Operation failed: {}", ex.toString());
							continue;
						}
						if (measuring.get()) {
							if (size[0] == samples[0].length) {
								samples[0] = java.util.Arrays.copyOf(samples[0], size[0] * 2);
							}
							samples[0][size[0]++] = System.nanoTime() - start;
						}
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					synchronized (perThread) {
						perThread.set(index, java.util.Arrays.copyOf(samples[0], size[0]));
					}
					SecurityContextHolder.clearContext();
					done.countDown();
				}
			});
		}
		TimeUnit.SECONDS.sleep(warmupSeconds);
		measuring.set(true);
		long started = System.nanoTime();
		TimeUnit.SECONDS.sleep(measureSeconds);
		measuring.set(false);
		double seconds = (System.nanoTime() - started) / 1e9;
		stop.set(true);
		done.await(60, TimeUnit.SECONDS);
		pool.shutdownNow();
		return Latencies.of(perThread, seconds);
	}

	private static <T> T as(String email, String role, java.util.function.Supplier<T> action) {
		signIn(email, role);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void signIn(String email, String role) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, "n/a",
				List.of(new SimpleGrantedAuthority("ROLE_" + role))));
		SecurityContextHolder.setContext(context);
	}

	/** One timed operation by the thread with this index. */
	@FunctionalInterface
	private interface Operation {

		void run(int index) throws Exception;

	}

	/** A benchmark learner and their attempt in progress. */
	private record Learner(String email, AttemptView attempt) {
	}

}
