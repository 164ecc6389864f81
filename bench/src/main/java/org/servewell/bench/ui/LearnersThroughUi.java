package org.servewell.bench.ui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * Simulated learners driving the running app's real UI over HTTP, in steps of concurrent
 * learners (see bench/README.md, "Learners through the real UI"). Per step: the learners
 * start over the ramp, sign in and open the quiz; once all are on it the app's heap after
 * a full collection is measured; then they answer with think time and submit.
 * <p>
 * Options: {@code -Dbase=http://localhost:8400}, {@code -Dsteps=100,250},
 * {@code -Dramp=30} (seconds), {@code -Dthink=3-10} (seconds), {@code -Dfirst=0} (index
 * of the first account; each step takes the next unused ones), {@code -Dcourse=code},
 * {@code -DappPid}, {@code -DdbPid}, {@code -Dhistogram=true}, {@code -Dsettle=25},
 * {@code -Dquiet=45}.
 */
public final class LearnersThroughUi {

	/** Whether to diff class histograms too ({@code -Dhistogram=true}). */
	private static final boolean HISTOGRAMS = Boolean.getBoolean("histogram");

	/**
	 * Seconds the learners wait, idle on the quiz, before the heap is measured
	 * ({@code -Dsettle=25}).
	 */
	private static final int SETTLE_SECONDS = Integer.getInteger("settle", 25);

	/**
	 * Seconds more before the heap is measured again with no connection open
	 * ({@code -Dquiet=45}; 0 skips it).
	 */
	private static final int QUIET_SECONDS = Integer.getInteger("quiet", 45);

	private LearnersThroughUi() {
	}

	public static void main(String[] args) throws Exception {
		URI base = URI.create(System.getProperty("base", "http://localhost:8400"));
		int[] steps = Arrays.stream(System.getProperty("steps", "100,250").split(","))
			.mapToInt((step) -> Integer.parseInt(step.strip()))
			.toArray();
		int ramp = Integer.getInteger("ramp", 30);
		String[] think = System.getProperty("think", "3-10").split("-");
		int next = Integer.getInteger("first", 0);
		String course = System.getProperty("course", "first-time-every-time");
		long appPid = Long.getLong("appPid", -1);
		long dbPid = Long.getLong("dbPid", -1);
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
		System.out.printf("Servewell at %s, course %s, ramp %d s, think %s-%s s, app pid %d, db pid %d%n", base, course,
				ramp, think[0], think[1], appPid, dbPid);
		for (int learners : steps) {
			Step step = new Step(http, base, course, learners, next, ramp, Integer.parseInt(think[0]),
					Integer.parseInt(think[1]), appPid, dbPid);
			next += learners;
			step.run();
		}
	}

	/** One step: N learners from account index {@code first}. */
	private record Step(HttpClient http, URI base, String course, int learners, int first, int ramp, int thinkFrom,
			int thinkTo, long appPid, long dbPid) {

		void run() throws InterruptedException {
			StepFigures figures = new StepFigures();
			String loadBefore = load();
			long heapBefore = ProcessProbe.heapAfterGcKb(this.appPid);
			Map<String, Long> histogramBefore = HISTOGRAMS ? ProcessProbe.histogram(this.appPid) : Map.of();
			double appCpu = ProcessProbe.cpuSeconds(this.appPid);
			double dbCpu = ProcessProbe.cpuSeconds(this.dbPid);
			CountDownLatch onQuiz = new CountDownLatch(this.learners);
			CountDownLatch answering = new CountDownLatch(1);
			long started = System.nanoTime();
			List<Thread> threads = new ArrayList<>();
			for (int i = 0; i < this.learners; i++) {
				long delay = (long) i * this.ramp * 1000 / this.learners;
				String email = LearnerAccounts.email(this.first + i);
				threads.add(Thread.ofVirtual().start(() -> {
					try {
						Thread.sleep(delay);
						new QuizJourney(new BrowserSession(this.http, this.base), figures, email, this.course,
								this.thinkFrom, this.thinkTo)
							.run(onQuiz, answering);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}));
			}
			onQuiz.await();
			double toQuiz = (System.nanoTime() - started) / 1e9;
			// Idle keep-alive connections close after Tomcat's 20 s; their buffers are
			// not the
			// sessions' memory.
			Thread.sleep(SETTLE_SECONDS * 1000L);
			long openErrors = figures.errors();
			String loadOnQuiz = load();
			long heapOnQuiz = ProcessProbe.heapAfterGcKb(this.appPid);
			Map<String, Long> histogramOnQuiz = HISTOGRAMS ? ProcessProbe.histogram(this.appPid) : Map.of();
			long heapQuiet = -1;
			if (QUIET_SECONDS > 0) {
				// Past Tomcat's keep-alive timeout (60 s): no connection open, the
				// sessions
				// alone.
				Thread.sleep(QUIET_SECONDS * 1000L);
				heapQuiet = ProcessProbe.heapAfterGcKb(this.appPid);
			}
			long answeringStarted = System.nanoTime();
			long interactionsBefore = figures.interactions();
			answering.countDown();
			for (Thread thread : threads) {
				thread.join();
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			double answeringSeconds = (System.nanoTime() - answeringStarted) / 1e9;
			double appUsed = ProcessProbe.cpuSeconds(this.appPid) - appCpu;
			double dbUsed = ProcessProbe.cpuSeconds(this.dbPid) - dbCpu;
			String loadAfter = load();
			long heapAfter = ProcessProbe.heapAfterGcKb(this.appPid);
			long onQuizCount = this.learners - openErrors;
			System.out.printf("%n== %d learners (accounts %d-%d): %.0f s, %.0f s to all on the quiz%n", this.learners,
					this.first, this.first + this.learners - 1, seconds, toQuiz);
			System.out.printf("  interactions %d: %.1f/s over the step, %.1f/s while answering%n",
					figures.interactions(), figures.interactions() / seconds,
					(figures.interactions() - interactionsBefore) / answeringSeconds);
			figures.latencyLines().forEach(System.out::println);
			System.out.printf("  errors %d%n", figures.errors());
			figures.firstErrors().forEach((error) -> System.out.println("    " + error));
			System.out.printf("  CPU over the step: app %.1f s, database %.1f s (%.2f and %.2f cores)%n", appUsed,
					dbUsed, appUsed / seconds, dbUsed / seconds);
			System.out.printf("  heap after GC: before sign-in %d MB, %d on the quiz %d MB, after the step %d MB%n",
					heapBefore / 1024, onQuizCount, heapOnQuiz / 1024, heapAfter / 1024);
			System.out.printf("  retained heap per learner on the quiz: %d KB ((on quiz, %d s idle, - before) / %d)%n",
					(onQuizCount > 0) ? (heapOnQuiz - heapBefore) / onQuizCount : -1, SETTLE_SECONDS, onQuizCount);
			if (heapQuiet >= 0) {
				System.out.printf("  the same after %d s more idle (connections closed): %d MB, %d KB per learner%n",
						QUIET_SECONDS, heapQuiet / 1024, (heapQuiet - heapBefore) / Math.max(1, onQuizCount));
			}
			if (HISTOGRAMS) {
				System.out.println("  live classes that grew most from before sign-in to on the quiz, per learner:");
				ProcessProbe.growth(histogramBefore, histogramOnQuiz, onQuizCount, 15).forEach(System.out::println);
			}
			System.out.printf("  UIDL answer on average: open quiz %d bytes, answer click %d bytes%n",
					figures.averageAnswerBytes("open quiz"), figures.averageAnswerBytes("answer"));
			System.out.printf("  load average: before %s, on the quiz %s, after %s%n", loadBefore, loadOnQuiz,
					loadAfter);
		}

		private static String load() {
			try {
				String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
				return fields[0] + " " + fields[1] + " " + fields[2];
			}
			catch (IOException ex) {
				return "?";
			}
		}

	}

}
