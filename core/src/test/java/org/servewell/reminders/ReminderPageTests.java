package org.servewell.reminders;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.servewell.learning.domain.AssignmentStandings;
import org.servewell.reminders.domain.Notification;
import org.servewell.reminders.domain.NotificationKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily run a page at a time (docs/decisions/0023): more due courses than fit in a
 * page give one notice and one mail each, however the page boundaries fall and however
 * often the job runs; a page that clashes with a notice another instance recorded
 * meanwhile still records the rest. Subclasses choose the database. The database may hold
 * other tests' people, so each test makes its own and looks only at theirs.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "servewell.reminders.cron=-",
		"spring.mail.properties.mail.smtp.connectiontimeout=3000", "spring.mail.properties.mail.smtp.timeout=3000" })
abstract class ReminderPageTests extends SmtpServerTests {

	static final String COURSE = "first-time-every-time";

	@Autowired
	ReminderRun run;

	@Autowired
	NotificationLog log;

	@Autowired
	ReminderSettings settings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AssignmentStandings standings;

	final String id = UUID.randomUUID().toString().substring(0, 8);

	final LocalDate today = LocalDate.now();

	@Test
	void four_hundred_and_fifty_due_courses_over_three_pages_give_each_learner_one_notice_and_one_mail_and_a_rerun_none() {
		assertThat(this.settings.pageSize()).as("pages of 200, so that 450 cross two boundaries").isEqualTo(200);
		List<Long> learners = learners(450);
		// 300 due on one day, so that a page ends in the middle of that day's
		// assignments.
		assign(learners.subList(0, 300), this.today.plusDays(3));
		assign(learners.subList(300, 400), this.today);
		assign(learners.subList(400, 450), this.today.minusDays(2));

		this.run.remind(this.today);

		assertThat(noticesPerLearner(learners)).hasSize(450)
			.allSatisfy((learner, notices) -> assertThat(notices).as("notices of learner %d", learner).isEqualTo(1));
		assertThat(statuses(learners)).containsOnlyKeys("SENT");
		assertThat(mailsToThisTestsLearners()).hasSize(450).doesNotHaveDuplicates();

		this.run.remind(this.today);

		assertThat(noticesPerLearner(learners).values()).hasSize(450).containsOnly(1L);
		assertThat(mailsToThisTestsLearners()).hasSize(450);
	}

	@Test
	void a_page_that_clashes_with_a_notice_another_instance_recorded_meanwhile_still_records_the_rest() {
		List<Long> learners = learners(5);
		List<Notification> page = learners.stream()
			.map((learner) -> this.log.notification(learner, NotificationKind.DUE_SOON, learner,
					this.today.plusDays(3).toString(), "A course", "/course/" + COURSE, Optional.of("In the app only")))
			.toList();
		Map<NotificationKey, Long> another = this.log.claim(List.of(page.get(2)));

		// As the batch finds it when another instance recorded one since this one looked.
		Map<NotificationKey, Long> recorded = this.log.record(page);

		assertThat(recorded).containsOnlyKeys(page.get(0).key(), page.get(1).key(), page.get(3).key(),
				page.get(4).key());
		assertThat(noticesPerLearner(learners).values()).hasSize(5).containsOnly(1L);
		assertThat(this.jdbc.queryForObject("select id from notification where recipient_id = ?", Long.class,
				learners.get(2)))
			.as("the other instance's notice stays as it was")
			.isEqualTo(another.get(page.get(2).key()));
		assertThat(this.log.claim(page)).as("claimed again: all recorded before").isEmpty();
	}

	/** New enabled learners, written as an import would, without a password. */
	private List<Long> learners(int count) {
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = IntStream.range(0, count)
			.mapToObj((n) -> new Object[] { email(n), "Learner " + n + " " + this.id, now, now })
			.toList();
		this.transactions.executeWithoutResult((tx) -> this.jdbc
			.batchUpdate("insert into person (email, display_name, enabled, version, created_at, updated_at) "
					+ "values (?, ?, true, 0, ?, ?)", rows));
		return this.jdbc.queryForList("select id from person where email like ? order by id", Long.class,
				"page-%-" + this.id + "@test.servewell.org");
	}

	private String email(int n) {
		return "page-" + n + "-" + this.id + "@test.servewell.org";
	}

	/**
	 * The course, due on {@code dueDate}, with its standing worked out as learning does.
	 */
	private void assign(List<Long> learners, LocalDate dueDate) {
		long courseId = this.jdbc.queryForObject("select id from course where code = ?", Long.class, COURSE);
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = learners.stream()
			.map((learner) -> new Object[] { learner, courseId, dueDate, now })
			.toList();
		this.transactions.executeWithoutResult((tx) -> {
			this.jdbc.batchUpdate("insert into course_assignment (person_id, course_id, due_date, source, assigned_at) "
					+ "values (?, ?, ?, 'MANUAL', ?)", rows);
			this.standings.recomputePeople(learners);
		});
	}

	private Map<Object, Long> noticesPerLearner(List<Long> learners) {
		return noticesBy("recipient_id", learners);
	}

	private Map<Object, Long> statuses(List<Long> learners) {
		return noticesBy("status", learners);
	}

	/** How many notices the learners have, by the value of {@code column}. */
	private Map<Object, Long> noticesBy(String column, List<Long> learners) {
		Map<Object, Long> counts = new HashMap<>();
		new NamedParameterJdbcTemplate(this.jdbc).query("select " + column
				+ ", count(*) from notification where recipient_id in (:learners) group by " + column,
				Map.of("learners", learners), (rs) -> {
					counts.put(rs.getObject(1), rs.getLong(2));
				});
		return counts;
	}

	/** The addresses of the mails the server received for this test's learners. */
	private List<String> mailsToThisTestsLearners() {
		List<String> to = new ArrayList<>();
		for (MimeMessage mail : smtp.getReceivedMessages()) {
			try {
				Arrays.stream(mail.getAllRecipients())
					.map(Address::toString)
					.filter((address) -> address.endsWith("-" + this.id + "@test.servewell.org"))
					.forEach(to::add);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return to;
	}

}
