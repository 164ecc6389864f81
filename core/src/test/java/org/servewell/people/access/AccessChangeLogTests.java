package org.servewell.people.access;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonDetails;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestPeople;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access changes reach the table the other instances read exactly when the change itself
 * commits. Not transactional: the commits are what is tested; each test changes people of
 * its own. Subclasses choose the database.
 */
@SpringBootTest
abstract class AccessChangeLogTests {

	@Autowired
	PeopleService people;

	@Autowired
	AccessChangeCleanup cleanup;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void disabling_a_person_records_one_change_under_the_name_their_sessions_use() {
		String email = TestPeople.create(this.people, Role.LEARNER);
		long leaver = TestPeople.id(this.people, email);

		change(leaver, (form) -> withEnabled(form, false));

		assertThat(changesOf(leaver)).containsExactly(email);
	}

	@Test
	void renaming_a_person_records_the_sign_in_name_they_had_before() {
		String before = TestPeople.create(this.people, Role.LEARNER);
		long renamed = TestPeople.id(this.people, before);

		change(renamed, (form) -> withEmail(form, "renamed-" + before));

		assertThat(changesOf(renamed)).containsExactly(before);
	}

	@Test
	void change_that_is_rolled_back_records_nothing() {
		long stays = TestPeople.id(this.people, TestPeople.create(this.people, Role.LEARNER));

		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			change(stays, (form) -> withEnabled(form, false));
			status.setRollbackOnly();
		});

		assertThat(changesOf(stays)).isEmpty();
		assertThat(asAdmin(() -> this.people.getPerson(stays)).enabled()).isTrue();
	}

	@Test
	void changes_to_several_people_in_one_transaction_are_recorded_together_at_its_commit() {
		String firstEmail = TestPeople.create(this.people, Role.LEARNER);
		String secondEmail = TestPeople.create(this.people, Role.TRAINER);
		long first = TestPeople.id(this.people, firstEmail);
		long second = TestPeople.id(this.people, secondEmail);

		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			change(first, (form) -> withEnabled(form, false));
			change(second, (form) -> withEnabled(form, false));
			assertThat(committedChangesOf(first)).as("nothing before the commit").isEmpty();
		});

		assertThat(changesOf(first)).containsExactly(firstEmail);
		assertThat(changesOf(second)).containsExactly(secondEmail);
	}

	@Test
	void changes_older_than_a_day_are_deleted_at_night_and_younger_ones_kept() {
		long person = TestPeople.id(this.people, TestPeople.create(this.people, Role.LEARNER));
		Instant night = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		record(person, "day-old@test.servewell.org", night.minus(AccessChangeCleanup.KEEP).minusSeconds(1));
		record(person, "younger@test.servewell.org", night.minus(AccessChangeCleanup.KEEP).plusSeconds(60));

		int deleted = this.cleanup.deleteOld(night);

		assertThat(deleted).isPositive();
		assertThat(changesOf(person)).containsExactly("younger@test.servewell.org");
	}

	private void change(long id, UnaryOperator<PersonForm> change) {
		SignedIn.run(TestPeople.ADMIN, () -> {
			PersonDetails person = this.people.getPerson(id);
			this.people.updatePerson(id, person.version(), change.apply(form(person)));
		}, Roles.ADMIN);
	}

	private static <T> T asAdmin(Callable<T> action) {
		return SignedIn.as(TestPeople.ADMIN, action, Roles.ADMIN);
	}

	/** The recorded changes of one person, read in a transaction of its own. */
	private List<String> changesOf(long personId) {
		return new TransactionTemplate(this.transactions).execute((status) -> committedChangesOf(personId));
	}

	private List<String> committedChangesOf(long personId) {
		return this.jdbc.queryForList("select previous_email from person_access_change where person_id = ? order by id",
				String.class, personId);
	}

	private void record(long personId, String email, Instant at) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.jdbc.update(
				"insert into person_access_change (person_id, previous_email, changed_at) values (?, ?, ?)", personId,
				email, LocalDateTime.ofInstant(at, ZoneOffset.UTC)));
	}

	private static PersonForm form(PersonDetails person) {
		return new PersonForm(person.email(), person.displayName(), person.roles(), person.department(),
				person.jobRole(), person.startDate(), person.managerId(), person.enabled(), person.employeeNumber());
	}

	private static PersonForm withEnabled(PersonForm form, boolean enabled) {
		return new PersonForm(form.email(), form.displayName(), form.roles(), form.department(), form.jobRole(),
				form.startDate(), form.managerId(), enabled, form.employeeNumber());
	}

	private static PersonForm withEmail(PersonForm form, String email) {
		return new PersonForm(email, form.displayName(), form.roles(), form.department(), form.jobRole(),
				form.startDate(), form.managerId(), form.enabled(), form.employeeNumber());
	}

}
