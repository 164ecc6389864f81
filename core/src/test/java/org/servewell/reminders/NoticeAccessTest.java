package org.servewell.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.servewell.learning.AssignmentService;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonDetails;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * In-app notices without a mail server: the daily rules still record them (not mailed),
 * and each person reads, counts and marks only their own.
 */
@SpringBootTest
class NoticeAccessTest {

	static final String ADMIN = "first-admin@test.servewell.org";

	@Autowired
	ApplicationContext context;

	@Autowired
	ReminderRun run;

	@Autowired
	NoticeService notices;

	@Autowired
	PeopleService people;

	@Autowired
	AssignmentService assignments;

	final String id = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void without_a_mail_server_the_rules_record_notices_in_the_app_and_no_mail_is_sent() {
		PersonDetails nia = person("nia");
		assign(nia, LocalDate.now());

		this.run.remind(LocalDate.now());
		this.run.remind(LocalDate.now());

		assertThat(this.context.getBeanNamesForType(MailDelivery.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(InterviewMailJob.class)).isEmpty();
		assertThat(as(nia, () -> this.notices.mine(10))).singleElement().satisfies((notice) -> {
			assertThat(notice.kind()).isEqualTo(NotificationKind.DUE_TODAY);
			assertThat(notice.link()).isEqualTo("/course/first-time-every-time");
			assertThat(notice.topic()).isNotBlank();
			assertThat(notice.read()).isFalse();
		});
	}

	@Test
	void a_person_cannot_read_or_mark_another_persons_notices() {
		PersonDetails oto = person("oto");
		PersonDetails pia = person("pia");
		assign(oto, LocalDate.now().plusDays(1));
		assign(pia, LocalDate.now().plusDays(2));
		this.run.remind(LocalDate.now());
		long otosNotice = as(oto, () -> this.notices.mine(10)).getFirst().id();

		assertThat(as(pia, () -> this.notices.mine(10))).extracting(Notice::id).doesNotContain(otosNotice).hasSize(1);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> SignedIn.run(pia.email(), () -> this.notices.markRead(otosNotice), Roles.LEARNER));
		SignedIn.run(pia.email(), this.notices::markAllRead, Roles.LEARNER);

		assertThat(as(pia, this.notices::unreadCount)).isZero();
		assertThat(as(oto, this.notices::unreadCount)).as("Pia's marking left Oto's notice unread").isEqualTo(1);
		SignedIn.run(oto.email(), () -> this.notices.markRead(otosNotice), Roles.LEARNER);
		assertThat(as(oto, this.notices::unreadCount)).isZero();
		assertThat(as(oto, () -> this.notices.mine(10))).extracting(Notice::read).containsExactly(true);
	}

	<T> T as(PersonDetails person, java.util.concurrent.Callable<T> action) {
		return SignedIn.as(person.email(), action, Roles.LEARNER);
	}

	PersonDetails person(String handle) {
		return SignedIn.as(ADMIN,
				() -> this.people.createPerson(
						new PersonForm(handle + "-" + this.id + "@test.servewell.org", handle + " " + this.id,
								Set.of(Role.LEARNER), null, null, LocalDate.of(2020, 1, 1), null, true, null),
						"a long test password"),
				Roles.ADMIN);
	}

	void assign(PersonDetails person, LocalDate dueDate) {
		SignedIn.run(ADMIN, () -> this.assignments.assignCourse(person.id(), "first-time-every-time", dueDate),
				Roles.ADMIN);
	}

}
