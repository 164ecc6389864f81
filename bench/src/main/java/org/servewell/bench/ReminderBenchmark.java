package org.servewell.bench;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.servewell.demo.OrganisationSize;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ReflectionUtils;

/**
 * One full daily reminder run over a generated company, as the scheduler starts it (the
 * job's bean, through its ShedLock lock), with every mail handed to a GreenMail SMTP
 * server in this JVM, which keeps them all in one mailbox and is emptied every 10 s.
 * Prints the notices recorded, the time and the notices per second; every 10 s the
 * notices so far. {@code -DmaxSeconds=N} stops the run after N seconds and reports what
 * was recorded by then (for code too slow to finish). The notifications of earlier runs
 * are deleted first, so that runs on kept data ({@code -Dkeep=true}) start from the same
 * state. See README.md for the command and the results.
 */
public final class ReminderBenchmark {

	private static final long REPORT_EVERY_MILLIS = 10_000;

	private ReminderBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int learners = Integer.getInteger("learners", 100_000);
		int courses = Integer.getInteger("courses", 20);
		long maxSeconds = Long.getLong("maxSeconds", 0);
		int smtpPort = Integer.getInteger("smtpPort", 3925);
		GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		// Every mail into one mailbox: GreenMail creates a user per new address, each
		// creation looking through all
		// the others, which at 100,000 recipients made the server the bottleneck.
		GreenMailUser sink = smtp.setUser("sink@bench.servewell.org", "sink");
		smtp.getUserManager().setMessageDeliveryHandler((message, address) -> sink);
		List<String> arguments = new ArrayList<>(List.of("--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtpPort, "--servewell.reminders.cron=-"));
		if (Boolean.getBoolean("smtpNoDelay")) {
			arguments.add("--spring.mail.properties.mail.smtp.socketFactory.class=" + NoDelaySockets.class.getName());
		}
		try (ConfigurableApplicationContext context = SpringApplication.run(BenchApplication.class,
				arguments.toArray(String[]::new))) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			Organisations.generateUnlessKept(context.getEnvironment(), OrganisationSize.bench(learners, courses),
					learners, courses);
			context.getBean(TransactionTemplate.class).executeWithoutResult((tx) -> {
				jdbc.sql("delete from notification").update();
				// A lock left by a run stopped at its time limit.
				jdbc.sql("delete from shedlock").update();
			});
			int assignments = jdbc.sql("select count(*) from course_assignment").query(Integer.class).single();
			System.out.printf(Locale.ROOT, "%n%,d assignments in the database; load: %s%n", assignments, Uptime.now());
			Object job = context.getBean("reminderJob");
			Method remind = ReflectionUtils.findMethod(job.getClass(), "remind");
			ReflectionUtils.makeAccessible(remind);
			AtomicReference<Throwable> failure = new AtomicReference<>();
			Thread run = Thread.ofPlatform().name("reminder-run").start(() -> {
				try {
					ReflectionUtils.invokeMethod(remind, job);
				}
				catch (Throwable ex) {
					failure.set(ex);
				}
			});
			long started = System.nanoTime();
			long mails = 0;
			boolean stopped = false;
			while (run.isAlive()) {
				run.join(REPORT_EVERY_MILLIS);
				mails += smtp.getReceivedMessages().length;
				smtp.purgeEmailFromAllMailboxes();
				double seconds = (System.nanoTime() - started) / 1e9;
				long notices = jdbc.sql("select count(*) from notification").query(Long.class).single();
				System.out.printf(Locale.ROOT, "%6.0f s: %,d notices recorded, %,d mails received; load: %s%n", seconds,
						notices, mails, Uptime.now());
				if (maxSeconds > 0 && seconds > maxSeconds && run.isAlive()) {
					stopped = true;
					break;
				}
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			mails += smtp.getReceivedMessages().length;
			report(jdbc, seconds, mails, stopped, failure.get());
			if (stopped) {
				// The run cannot be interrupted: it would go on recording after the
				// report.
				System.out.flush();
				Runtime.getRuntime().halt(0);
			}
		}
		finally {
			smtp.stop();
		}
	}

	private static void report(JdbcClient jdbc, double seconds, long mails, boolean stopped, Throwable failure) {
		Map<String, Long> byStatus = new TreeMap<>();
		jdbc.sql("select status, count(*) from notification group by status")
			.query((rs, row) -> byStatus.put(rs.getString(1), rs.getLong(2)))
			.list();
		Map<String, Long> byKind = new TreeMap<>();
		jdbc.sql("select kind, count(*) from notification group by kind")
			.query((rs, row) -> byKind.put(rs.getString(1), rs.getLong(2)))
			.list();
		long notices = byStatus.values().stream().mapToLong(Long::longValue).sum();
		System.out.printf(Locale.ROOT, "%n%s: %,d notices recorded in %.1f s, %.1f notices/s; %,d mails received%n",
				stopped ? "STOPPED after the time limit (the run was not finished)" : "Run finished", notices, seconds,
				notices / seconds, mails);
		System.out.println("by status: " + byStatus);
		System.out.println("by kind: " + byKind);
		System.out.println("load: " + Uptime.now());
		if (failure != null) {
			System.out.println("The run failed: " + failure);
		}
	}

	/** The load averages, as {@code uptime} shows them. */
	private static final class Uptime {

		static String now() {
			try {
				return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
			}
			catch (java.io.IOException ex) {
				return "unknown";
			}
		}

	}

}
