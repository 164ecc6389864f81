package org.servewell.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.servewell.hiring.CandidateDetails;
import org.servewell.hiring.CandidateForm;
import org.servewell.hiring.CandidateService;
import org.servewell.hiring.PanelService;
import org.servewell.learning.AssignmentService;
import org.servewell.people.LanguagePreference;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonDetails;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The mails people choose and the interviewers' mails, delivered to a real SMTP server
 * (GreenMail) on a real database: an interviewer told once of each assignment, with a
 * link to the scorecard and without the candidate's name; a person's choices saved and
 * honoured, mandatory overdue reminders excepted. Subclasses choose the database. Each
 * test uses new people and looks only at their mail.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "servewell.public-url=http://servewell.test",
		"spring.mail.properties.mail.smtp.connectiontimeout=3000", "spring.mail.properties.mail.smtp.timeout=3000" })
abstract class NoticeMailTests extends SmtpServerTests {

	static final String ADMIN = "first-admin@test.servewell.org";

	static final String COURSE = "first-time-every-time";

	@Autowired
	ReminderRun run;

	@Autowired
	InterviewMailJob interviewMails;

	@Autowired
	ReminderPreferences preferences;

	@Autowired
	NoticeService notices;

	@Autowired
	NotificationHistory history;

	@Autowired
	JavaMailSenderImpl mailSender;

	@Autowired
	PeopleService people;

	@Autowired
	AssignmentService assignments;

	@Autowired
	CandidateService candidates;

	@Autowired
	PanelService panels;

	@Autowired
	LanguagePreference languages;

	final String id = UUID.randomUUID().toString().substring(0, 8);

	final LocalDate today = LocalDate.now();

	@Test
	void an_interviewer_gets_one_mail_per_assignment_linking_to_their_scorecard_without_the_candidates_name()
			throws Exception {
		PersonDetails hr = person("hr", Role.HR);
		PersonDetails ivy = person("ivy", Role.TRAINER);
		CandidateDetails candidate = candidate(hr, "Night reception");

		SignedIn.run(hr.email(), () -> this.panels.assignInterviewer(candidate.id(), ivy.id(), "front-line-service"),
				Roles.HR);
		this.interviewMails.send(Instant.now());
		this.interviewMails.send(Instant.now());

		Notice notice = SignedIn.as(ivy.email(), () -> this.notices.mine(10), Roles.TRAINER).getFirst();
		assertThat(notice.kind()).isEqualTo(NotificationKind.INTERVIEW_ASSIGNED);
		assertThat(notice.topic()).isEqualTo("Night reception");
		assertThat(notice.link()).startsWith("/scorecard/");
		assertThat(mailsTo(ivy)).singleElement().satisfies((mail) -> {
			assertThat(mail.getSubject()).isEqualTo("Interview a candidate for Night reception");
			String text = TestMailbox.plainText(mail);
			assertThat(text).contains("Hello Ivy " + this.id)
				.contains("http://servewell.test" + notice.link())
				.contains("http://servewell.test/profile")
				.doesNotContain("Quinn");
			assertThat(mail.getContent().toString()).isNotEmpty();
		});
		assertThat(recentFor(ivy)).extracting(NotificationSummary::status).containsExactly(NotificationStatus.SENT);
	}

	@Test
	void an_interviewer_who_chose_german_is_asked_in_german() throws Exception {
		PersonDetails hr = person("hr", Role.HR);
		PersonDetails ina = person("ina", Role.TRAINER);
		SignedIn.run(ina.email(), () -> this.languages.chooseMine(Locale.GERMAN), Roles.TRAINER);
		CandidateDetails candidate = candidate(hr, "Nachtrezeption");

		SignedIn.run(hr.email(), () -> this.panels.assignInterviewer(candidate.id(), ina.id(), "front-line-service"),
				Roles.HR);
		this.interviewMails.send(Instant.now());

		assertThat(mailsTo(ina)).singleElement().satisfies((mail) -> {
			assertThat(mail.getSubject()).isEqualTo("Vorstellungsgespräch für Nachtrezeption");
			assertThat(TestMailbox.plainText(mail)).contains("Guten Tag Ina " + this.id + ",")
				.contains("für die Stelle „Nachtrezeption“ zu führen")
				.contains("Ihren Bewertungsbogen öffnen")
				.doesNotContain("Quinn");
		});
	}

	@Test
	void an_interviewer_mail_the_server_did_not_take_goes_out_on_a_later_run() throws Exception {
		PersonDetails hr = person("hr", Role.HR);
		PersonDetails ian = person("ian", Role.MANAGER);
		CandidateDetails candidate = candidate(hr, "Kitchen");
		SignedIn.run(hr.email(), () -> this.panels.assignInterviewer(candidate.id(), ian.id(), "front-line-service"),
				Roles.HR);

		int port = this.mailSender.getPort();
		try {
			this.mailSender.setPort(TestMailbox.freePort());
			this.interviewMails.send(Instant.now());
		}
		finally {
			this.mailSender.setPort(port);
		}
		assertThat(recentFor(ian)).extracting(NotificationSummary::status).containsExactly(NotificationStatus.FAILED);
		this.interviewMails.send(Instant.now());
		assertThat(mailsTo(ian)).as("not retried before the retry delay").isEmpty();

		this.interviewMails.send(Instant.now().plus(11, ChronoUnit.MINUTES));

		assertThat(mailsTo(ian)).hasSize(1);
		assertThat(recentFor(ian)).extracting(NotificationSummary::status, NotificationSummary::attempts)
			.containsExactly(tuple(NotificationStatus.SENT, 2));
	}

	@Test
	void a_person_who_turned_due_soon_off_gets_none_while_mandatory_overdue_reminders_still_arrive() throws Exception {
		PersonDetails kim = person("kim", Role.LEARNER);
		SignedIn.run(kim.email(), () -> this.preferences.saveMine(new ReminderChoices(false, true, false, true, true)),
				Roles.LEARNER);
		SignedIn.run(ADMIN, () -> this.preferences.setOverdueMandatory(true), Roles.ADMIN);
		try {
			assign(kim, this.today.plusDays(3));
			assign(kim, this.today.minusDays(2), "dignity-for-everyone");

			this.run.remind(this.today);
		}
		finally {
			SignedIn.run(ADMIN, () -> this.preferences.setOverdueMandatory(false), Roles.ADMIN);
		}

		assertThat(mailsTo(kim)).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).startsWith("Overdue: "));
		assertThat(recentFor(kim)).extracting(NotificationSummary::kind, NotificationSummary::status)
			.containsExactlyInAnyOrder(tuple(NotificationKind.DUE_SOON, NotificationStatus.NOT_MAILED),
					tuple(NotificationKind.OVERDUE, NotificationStatus.SENT));
		assertThat(SignedIn.as(kim.email(), () -> this.notices.mine(10), Roles.LEARNER))
			.as("both still show in the app")
			.extracting(Notice::kind)
			.containsExactlyInAnyOrder(NotificationKind.DUE_SOON, NotificationKind.OVERDUE);
	}

	@Test
	void a_persons_choices_are_saved_and_while_overdue_is_mandatory_their_overdue_choice_stays_as_it_was() {
		PersonDetails lou = person("lou", Role.LEARNER);
		assertThat(SignedIn.as(lou.email(), this.preferences::mine, Roles.LEARNER)).isEqualTo(ReminderChoices.ALL);

		SignedIn.run(lou.email(), () -> this.preferences.saveMine(new ReminderChoices(false, true, false, true, false)),
				Roles.LEARNER);
		SignedIn.run(ADMIN, () -> this.preferences.setOverdueMandatory(true), Roles.ADMIN);
		try {
			SignedIn.run(lou.email(),
					() -> this.preferences.saveMine(new ReminderChoices(true, false, true, true, false)),
					Roles.LEARNER);
		}
		finally {
			SignedIn.run(ADMIN, () -> this.preferences.setOverdueMandatory(false), Roles.ADMIN);
		}

		assertThat(SignedIn.as(lou.email(), this.preferences::mine, Roles.LEARNER))
			.isEqualTo(new ReminderChoices(true, false, false, true, false));
	}

	PersonDetails person(String handle, Role role) {
		String name = Character.toUpperCase(handle.charAt(0)) + handle.substring(1) + " " + this.id;
		return SignedIn.as(ADMIN,
				() -> this.people.createPerson(new PersonForm(handle + "-" + this.id + "@test.servewell.org", name,
						Set.of(role), null, null, LocalDate.of(2020, 1, 1), null, true, null), "a long test password"),
				Roles.ADMIN);
	}

	CandidateDetails candidate(PersonDetails hr, String position) {
		return SignedIn.as(hr.email(),
				() -> this.candidates
					.createCandidate(new CandidateForm("Quinn Candidate-" + this.id, null, position, null, null, null)),
				Roles.HR);
	}

	void assign(PersonDetails person, LocalDate dueDate) {
		assign(person, dueDate, COURSE);
	}

	void assign(PersonDetails person, LocalDate dueDate, String course) {
		SignedIn.run(ADMIN, () -> this.assignments.assignCourse(person.id(), course, dueDate), Roles.ADMIN);
	}

	List<NotificationSummary> recentFor(PersonDetails recipient) {
		return SignedIn.as(ADMIN, () -> this.history.recent(NotificationHistory.MAX_LIMIT), Roles.ADMIN)
			.stream()
			.filter((notification) -> notification.recipientId() == recipient.id())
			.toList();
	}

}
