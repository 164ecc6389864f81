package org.servewell.reminders;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.AssignmentService;
import org.servewell.learning.AttemptService;
import org.servewell.learning.LearnerService;
import org.servewell.people.LanguagePreference;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonDetails;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestLearners;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Reminder mails delivered to a real SMTP server (GreenMail) by the reminder rules on a
 * real database: who gets which mail, once; nothing for completed courses or disabled
 * people; the managers' digest; a failed send retried; the job's database lock.
 * Subclasses choose the database. Tests commit and the database may hold other tests'
 * people, so each test uses new people and looks only at their mail.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "servewell.reminders.cron=-",
		"servewell.public-url=http://servewell.test/", "spring.mail.properties.mail.smtp.connectiontimeout=3000",
		"spring.mail.properties.mail.smtp.timeout=3000" })
abstract class ReminderTests extends SmtpServerTests {

	static final String ADMIN = "first-admin@test.servewell.org";

	static final String COURSE = "first-time-every-time";

	static final String COURSE_LINK = "http://servewell.test/course/" + COURSE;

	@Autowired
	ReminderRun run;

	@Autowired
	ReminderJob job;

	@Autowired
	NotificationHistory history;

	@Autowired
	JavaMailSenderImpl mailSender;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PeopleService people;

	@Autowired
	AssignmentService assignments;

	@Autowired
	LearnerService learner;

	@Autowired
	AttemptService attempts;

	@Autowired
	CourseBank bank;

	@Autowired
	LanguagePreference languages;

	final String id = UUID.randomUUID().toString().substring(0, 8);

	final LocalDate today = LocalDate.now();

	@Test
	void learners_hear_of_a_course_due_soon_due_today_and_overdue_once_each_however_often_the_job_runs()
			throws Exception {
		PersonDetails ada = person("ada", Role.LEARNER, null, true);
		PersonDetails bea = person("bea", Role.LEARNER, null, true);
		PersonDetails cy = person("cy", Role.LEARNER, null, true);
		PersonDetails later = person("later", Role.LEARNER, null, true);
		assign(ada, this.today.plusDays(7));
		assign(bea, this.today);
		assign(cy, this.today.minusDays(3));
		assign(later, this.today.plusDays(8));

		this.run.remind(this.today);
		this.run.remind(this.today);

		assertThat(mailsTo(ada)).singleElement().satisfies((mail) -> {
			assertThat(mail.getSubject()).startsWith("Due in 7 days: ");
			assertThat(TestMailbox.plainText(mail)).contains("Hello Ada " + this.id)
				.contains("in 7 days")
				.contains(COURSE_LINK);
		});
		assertThat(mailsTo(bea)).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).startsWith("Due today: "));
		assertThat(mailsTo(cy)).singleElement().satisfies((mail) -> {
			assertThat(mail.getSubject()).startsWith("Overdue: ");
			assertThat(TestMailbox.plainText(mail)).contains("3 days ago").contains(COURSE_LINK);
		});
		assertThat(mailsTo(later)).as("due in 8 days: not yet").isEmpty();
		assertThat(recentFor(ada, bea, cy))
			.extracting(NotificationSummary::kind, NotificationSummary::status, NotificationSummary::attempts)
			.containsExactlyInAnyOrder(tuple(NotificationKind.DUE_SOON, NotificationStatus.SENT, 1),
					tuple(NotificationKind.DUE_TODAY, NotificationStatus.SENT, 1),
					tuple(NotificationKind.OVERDUE, NotificationStatus.SENT, 1));
	}

	@Test
	void nobody_is_reminded_of_a_completed_course_and_no_disabled_person_is_reminded() throws Exception {
		PersonDetails done = person("done", Role.LEARNER, null, true);
		PersonDetails gone = person("gone", Role.LEARNER, null, false);
		assign(done, this.today.plusDays(2));
		assign(gone, this.today.minusDays(1));
		complete(done);

		this.run.remind(this.today);
		this.run.remind(this.today.plusDays(3));

		assertThat(mailsTo(done)).isEmpty();
		assertThat(mailsTo(gone)).isEmpty();
		assertThat(recentFor(done, gone)).isEmpty();
	}

	@Test
	void an_overdue_course_is_reminded_weekly_and_at_most_four_times() throws Exception {
		PersonDetails late = person("late", Role.LEARNER, null, true);
		assign(late, this.today.minusDays(1));

		for (int day = 0; day <= 40; day += 3) {
			this.run.remind(this.today.plusDays(day));
		}

		assertThat(mailsTo(late)).hasSize(4).allSatisfy((mail) -> assertThat(mail.getSubject()).startsWith("Overdue"));
		assertThat(recentFor(late)).extracting(NotificationSummary::periodKey)
			.containsExactlyInAnyOrder(this.today.minusDays(1) + "/1", this.today.minusDays(1) + "/2",
					this.today.minusDays(1) + "/3", this.today.minusDays(1) + "/4");
	}

	@Test
	void each_manager_gets_one_weekly_digest_of_their_own_teams_overdue_courses() throws Exception {
		PersonDetails lead = person("lead", Role.MANAGER, null, true);
		PersonDetails otherLead = person("other-lead", Role.MANAGER, null, true);
		PersonDetails ann = person("ann", Role.LEARNER, lead.id(), true);
		PersonDetails ben = person("ben", Role.LEARNER, lead.id(), true);
		PersonDetails onTime = person("on-time", Role.LEARNER, lead.id(), true);
		PersonDetails cal = person("cal", Role.LEARNER, otherLead.id(), true);
		assign(ann, this.today.minusDays(2));
		assign(ben, this.today.minusDays(10));
		assign(onTime, this.today.plusDays(20));
		assign(cal, this.today.minusDays(4));

		this.run.remind(this.today);
		this.run.remind(this.today);

		assertThat(mailsTo(lead)).singleElement().satisfies((mail) -> {
			assertThat(mail.getSubject()).isEqualTo("Your team's overdue training: 2 courses");
			String text = TestMailbox.plainText(mail);
			assertThat(text).contains("Ben " + this.id + ": ").contains("10 days overdue");
			assertThat(text).contains("Ann " + this.id + ": ").contains("2 days overdue");
			assertThat(text.indexOf("Ben " + this.id)).as("longest overdue first")
				.isLessThan(text.indexOf("Ann " + this.id));
			assertThat(text).doesNotContain("On-time " + this.id).doesNotContain("Cal " + this.id);
			assertThat(text).contains("http://servewell.test/progress");
		});
		assertThat(mailsTo(otherLead)).singleElement().satisfies((mail) -> {
			assertThat(mail.getSubject()).isEqualTo("Your team's overdue training: 1 course");
			assertThat(TestMailbox.plainText(mail)).contains("Cal " + this.id + ": ").doesNotContain("Ann " + this.id);
		});
	}

	@Test
	void a_learner_and_a_manager_who_chose_german_are_reminded_in_german_and_people_who_chose_nothing_in_english()
			throws Exception {
		PersonDetails leiterin = person("leiterin", Role.MANAGER, null, true);
		PersonDetails lead = person("lead", Role.MANAGER, null, true);
		PersonDetails dora = person("dora", Role.LEARNER, leiterin.id(), true);
		PersonDetails eli = person("eli", Role.LEARNER, lead.id(), true);
		speaks(leiterin, Locale.GERMAN);
		speaks(dora, Locale.GERMAN);
		// Fixed days, so that the mails' dates can be read: due on Tuesday 1 December
		// 2026.
		assign(dora, LocalDate.of(2026, 12, 1));
		assign(eli, LocalDate.of(2026, 12, 1));

		this.run.remind(LocalDate.of(2026, 12, 4));

		assertThat(mailsTo(dora)).singleElement().satisfies((mail) -> {
			assertThat(mail.getSubject()).startsWith("Überfällig: ");
			assertThat(TestMailbox.plainText(mail)).contains("Guten Tag Dora " + this.id + ",")
				.contains("war vor 3 Tagen fällig, am Dienstag, 1. Dezember 2026.")
				.contains("Kurs öffnen: " + COURSE_LINK)
				.contains("weil Ihnen der Kurs in Servewell zugewiesen wurde")
				.contains("Wählen Sie, welche Mails Sie erhalten: http://servewell.test/profile");
			assertThat(mail.getContent().toString()).isNotEmpty();
		});
		assertThat(mailsTo(eli)).singleElement().satisfies((mail) -> {
			assertThat(mail.getSubject()).startsWith("Overdue: ");
			assertThat(TestMailbox.plainText(mail)).contains("Hello Eli " + this.id + ",")
				.contains("was due on Tuesday 1 December 2026, 3 days ago.")
				.contains("Open the course: " + COURSE_LINK);
		});
		assertThat(mailsTo(leiterin)).singleElement().satisfies((mail) -> {
			assertThat(mail.getSubject()).isEqualTo("Überfällige Schulungen in Ihrem Team: 1 Kurs");
			assertThat(TestMailbox.plainText(mail)).contains("Dora " + this.id + ": ")
				.contains("seit 3 Tagen überfällig")
				.contains("Ihr Team auf der Seite „Fortschritt“ ansehen: http://servewell.test/progress");
		});
		assertThat(mailsTo(lead)).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).isEqualTo("Your team's overdue training: 1 course"));
	}

	@Test
	void a_mail_the_smtp_server_did_not_take_stays_failed_and_goes_out_on_a_later_run() throws Exception {
		this.run.remind(this.today);
		PersonDetails eve = person("eve", Role.LEARNER, null, true);
		assign(eve, this.today.plusDays(1));
		remindWhileTheServerIsDown(this.today);
		assertThat(mailsTo(eve)).isEmpty();
		assertThat(recentFor(eve)).singleElement().satisfies((notification) -> {
			assertThat(notification.status()).isEqualTo(NotificationStatus.FAILED);
			assertThat(notification.attempts()).isEqualTo(1);
			assertThat(notification.lastError()).isNotBlank();
		});

		this.run.remind(this.today);
		this.run.remind(this.today);

		assertThat(mailsTo(eve)).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).startsWith("Due in 1 day: "));
		assertThat(recentFor(eve)).singleElement().satisfies((notification) -> {
			assertThat(notification.status()).isEqualTo(NotificationStatus.SENT);
			assertThat(notification.attempts()).isEqualTo(2);
			assertThat(notification.sentAt()).isNotNull();
		});
	}

	@Test
	void a_due_soon_mail_that_failed_until_the_course_was_overdue_is_not_sent_late() throws Exception {
		this.run.remind(this.today);
		PersonDetails gil = person("gil", Role.LEARNER, null, true);
		assign(gil, this.today.plusDays(1));
		remindWhileTheServerIsDown(this.today);

		this.run.remind(this.today.plusDays(2));

		assertThat(mailsTo(gil)).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).startsWith("Overdue: "));
		assertThat(recentFor(gil)).extracting(NotificationSummary::kind, NotificationSummary::status)
			.containsExactlyInAnyOrder(tuple(NotificationKind.DUE_SOON, NotificationStatus.SKIPPED),
					tuple(NotificationKind.OVERDUE, NotificationStatus.SENT));
	}

	@Test
	void while_another_instance_holds_the_jobs_lock_this_one_sends_nothing() throws Exception {
		this.job.remind();
		assertThat(lockRows()).as("the job took and released its lock row").isEqualTo(1);
		PersonDetails fay = person("fay", Role.LEARNER, null, true);
		assign(fay, this.today.plusDays(1));
		lockUntil(LocalDate.of(2999, 1, 1), "another-instance");
		try {
			this.job.remind();
			assertThat(mailsTo(fay)).isEmpty();
		}
		finally {
			lockUntil(LocalDate.of(2000, 1, 1), "nobody");
		}

		this.job.remind();

		assertThat(mailsTo(fay)).hasSize(1);
	}

	/**
	 * Runs the reminders with the mail sender pointing at a port where nothing answers.
	 */
	private void remindWhileTheServerIsDown(LocalDate day) {
		int port = this.mailSender.getPort();
		try {
			this.mailSender.setPort(TestMailbox.freePort());
			this.run.remind(day);
		}
		finally {
			this.mailSender.setPort(port);
		}
	}

	/** As another instance would hold (or release) the job's lock. */
	private void lockUntil(LocalDate day, String holder) {
		this.transactions.executeWithoutResult((status) -> this.jdbc
			.sql("update shedlock set lock_until = :until, locked_by = :holder where name = :name")
			.param("until", day.atStartOfDay())
			.param("holder", holder)
			.param("name", ReminderJob.LOCK)
			.update());
	}

	private int lockRows() {
		return this.jdbc.sql("select count(*) from shedlock where name = :name")
			.param("name", ReminderJob.LOCK)
			.query(Integer.class)
			.single();
	}

	PersonDetails person(String handle, Role role, Long managerId, boolean enabled) {
		String name = Character.toUpperCase(handle.charAt(0)) + handle.substring(1) + " " + this.id;
		return SignedIn.as(ADMIN,
				() -> this.people.createPerson(new PersonForm(handle + "-" + this.id + "@test.servewell.org", name,
						Set.of(role), null, null, LocalDate.of(2020, 1, 1), managerId, enabled, null),
						"a long test password"),
				Roles.ADMIN);
	}

	/** As the person would choose their language on their profile. */
	void speaks(PersonDetails person, Locale language) {
		SignedIn.run(person.email(), () -> this.languages.chooseMine(language), Roles.LEARNER);
	}

	void assign(PersonDetails person, LocalDate dueDate) {
		SignedIn.run(ADMIN, () -> this.assignments.assignCourse(person.id(), COURSE, dueDate), Roles.ADMIN);
	}

	List<NotificationSummary> recentFor(PersonDetails... recipients) {
		Set<Long> ids = Arrays.stream(recipients).map(PersonDetails::id).collect(java.util.stream.Collectors.toSet());
		return SignedIn.as(ADMIN, () -> this.history.recent(NotificationHistory.MAX_LIMIT), Roles.ADMIN)
			.stream()
			.filter((notification) -> ids.contains(notification.recipientId()))
			.toList();
	}

	private void complete(PersonDetails person) {
		BankVersion version = this.bank.newestVersion(this.bank.courseId(COURSE).orElseThrow()).orElseThrow();
		TestLearners.completeWithBestAnswers(this.learner, this.attempts, person.email(), COURSE, version);
	}

}
