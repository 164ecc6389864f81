package org.servewell.people;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.servewell.shared.ResultPage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Lists of people filtered, counted and paged in the database, people found by their
 * keys, and the employee number as HR keeps it. Subclasses choose the database.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = PeopleServiceTests.ADMIN, roles = Roles.ADMIN)
abstract class PeopleSearchTests {

	private static final String PASSWORD = "a perfectly fine password";

	@Autowired
	PeopleService people;

	@Autowired
	PeopleSearch search;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@Test
	@WithMockUser(username = "hr@example.org", roles = Roles.HR)
	void hr_gives_an_employee_number_trimmed_and_finds_the_person_by_it_or_by_email() {
		PersonDetails created = create("nina", "Nina Number", Role.LEARNER, "  E-" + this.unique + " ");

		assertThat(created.employeeNumber()).isEqualTo("E-" + this.unique);
		assertThat(this.search.byEmployeeNumber(" E-" + this.unique).id()).isEqualTo(created.id());
		assertThat(this.search.byEmail(created.email().toUpperCase()).id()).isEqualTo(created.id());
		assertThatExceptionOfType(PersonNotFoundException.class)
			.isThrownBy(() -> this.search.byEmployeeNumber("no-such-" + this.unique))
			.withMessage("No person has employee number no-such-" + this.unique + ".");
	}

	@Test
	void employee_number_of_someone_else_is_refused_at_the_field_and_a_blank_one_removes_it() {
		PersonDetails first = create("first", "First Holder", Role.LEARNER, "N-" + this.unique);
		PersonDetails second = create("second", "Second Person", Role.LEARNER, null);

		assertThatExceptionOfType(InvalidPersonException.class)
			.isThrownBy(() -> this.people.updatePerson(second.id(), second.version(),
					form(second.email(), second.displayName(), Role.LEARNER, "N-" + this.unique)))
			.withMessage("Employee number N-" + this.unique
					+ " already belongs to First Holder; check the number and try again.")
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("employeeNumber"));
		PersonDetails cleared = this.people.updatePerson(first.id(), first.version(),
				form(first.email(), first.displayName(), Role.LEARNER, "  "));
		assertThat(cleared.employeeNumber()).isNull();
	}

	@Test
	void long_list_comes_a_page_at_a_time_with_the_total_counted() {
		for (int i = 1; i <= 5; i++) {
			create("page" + i, "Paged " + i, Role.LEARNER, null);
		}
		PeopleFilter paged = new PeopleFilter("Dept " + this.unique, null, null, null, null);

		ResultPage<PersonDetails> first = this.search.page(paged, 0, 2);
		ResultPage<PersonDetails> last = this.search.page(paged, 2, 2);
		ResultPage<PersonDetails> beyond = this.search.page(paged, 3, 2);

		assertThat(first.items()).extracting(PersonDetails::displayName).containsExactly("Paged 1", "Paged 2");
		assertThat(first.totalItems()).isEqualTo(5);
		assertThat(first.totalPages()).isEqualTo(3);
		assertThat(last.items()).extracting(PersonDetails::displayName).containsExactly("Paged 5");
		assertThat(beyond.items()).isEmpty();
		assertThat(beyond.totalItems()).isEqualTo(5);
	}

	@Test
	void list_is_filtered_by_role_activity_and_text_in_name_or_email() {
		create("trainer", "Tara 100% Trainer", Role.TRAINER, null);
		PersonDetails leaver = create("leaver", "Leo Leaver", Role.LEARNER, null);
		this.people.updatePerson(leaver.id(), leaver.version(), new PersonForm(leaver.email(), leaver.displayName(),
				Set.of(Role.LEARNER), "Dept " + this.unique, null, null, null, false, null));
		String department = "DEPT " + this.unique;

		assertThat(this.search.page(new PeopleFilter(department, null, Role.TRAINER, null, null), 0, 10).items())
			.extracting(PersonDetails::displayName)
			.containsExactly("Tara 100% Trainer");
		assertThat(this.search.page(new PeopleFilter(department, false, null, null, null), 0, 10).items())
			.extracting(PersonDetails::displayName)
			.containsExactly("Leo Leaver");
		assertThat(this.search.page(new PeopleFilter(department, null, null, "100%", null), 0, 10).items())
			.extracting(PersonDetails::displayName)
			.containsExactly("Tara 100% Trainer");
		assertThat(this.search.page(new PeopleFilter(null, null, null, "leaver-" + this.unique, null), 0, 10).items())
			.extracting(PersonDetails::displayName)
			.containsExactly("Leo Leaver");
	}

	@Test
	void changed_since_lists_people_changed_after_a_moment_oldest_change_first_even_a_change_of_roles_only() {
		PersonDetails roleChanged = create("roles", "Rolf Roles", Role.LEARNER, null);
		PersonDetails renamed = create("renamed", "Rena Renamed", Role.LEARNER, null);
		PersonDetails untouched = create("untouched", "Uma Untouched", Role.LEARNER, null);
		Instant since = nextSecondAfter(untouched.updatedAt());

		PersonDetails manager = this.people.updatePerson(roleChanged.id(), roleChanged.version(),
				new PersonForm(roleChanged.email(), roleChanged.displayName(), Set.of(Role.MANAGER),
						"Dept " + this.unique, null, null, null, true, null));
		awaitClockAfter(manager.updatedAt());
		this.people.updatePerson(renamed.id(), renamed.version(), new PersonForm(renamed.email(), "Rena Renamed Again",
				Set.of(Role.LEARNER), "Dept " + this.unique, null, null, null, true, null));

		ResultPage<PersonDetails> changed = this.search
			.page(new PeopleFilter("Dept " + this.unique, null, null, null, since), 0, 10);
		assertThat(changed.items()).extracting(PersonDetails::displayName)
			.containsExactly("Rolf Roles", "Rena Renamed Again");
		assertThat(changed.items().get(0).updatedAt()).isAfterOrEqualTo(since);
	}

	@Test
	@WithMockUser(username = "lead@example.org", roles = { Roles.TRAINER, Roles.MANAGER })
	void trainers_and_managers_cannot_list_or_look_people_up() {
		assertThatExceptionOfType(AuthorizationDeniedException.class)
			.isThrownBy(() -> this.search.page(PeopleFilter.everyone(), 0, 10));
		assertThatExceptionOfType(AuthorizationDeniedException.class)
			.isThrownBy(() -> this.search.byEmail(PeopleServiceTests.ADMIN));
		assertThatExceptionOfType(AuthorizationDeniedException.class)
			.isThrownBy(() -> this.search.byEmployeeNumber("E-1"));
	}

	private PersonDetails create(String handle, String name, Role role, String employeeNumber) {
		return this.people.createPerson(new PersonForm(handle + "-" + this.unique + "@example.org", name, Set.of(role),
				"Dept " + this.unique, null, null, null, true, employeeNumber), PASSWORD);
	}

	private PersonForm form(String email, String name, Role role, String employeeNumber) {
		return new PersonForm(email, name, Set.of(role), "Dept " + this.unique, null, null, null, true, employeeNumber);
	}

	/**
	 * The next whole second after {@code moment}, once the clock has passed it. Whole
	 * seconds, because the MariaDB test server keeps instants to the second (decision
	 * 0002): a change in the same second as {@code moment} would count as changed since.
	 */
	private static Instant nextSecondAfter(Instant moment) {
		Instant next = moment.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
		awaitClockAfter(next);
		return next;
	}

	/** Waits, at most two seconds, until the clock is past {@code moment}. */
	private static void awaitClockAfter(Instant moment) {
		Instant deadline = Instant.now().plusSeconds(2);
		while (!Instant.now().truncatedTo(ChronoUnit.MICROS).isAfter(moment) && Instant.now().isBefore(deadline)) {
			Thread.onSpinWait();
		}
	}

}
