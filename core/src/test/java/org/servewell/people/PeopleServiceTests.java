package org.servewell.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.servewell.testsupport.TestPeople;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The people rules as an administrator meets them, against a real database. Subclasses
 * choose the database.
 */
@SpringBootTest
@Transactional
@RecordApplicationEvents
@WithMockUser(username = PeopleServiceTests.ADMIN, roles = Roles.ADMIN)
abstract class PeopleServiceTests {

	static final String ADMIN = "first-admin@test.servewell.org";

	static final String PASSWORD = "a perfectly fine password";

	@Autowired
	PeopleService people;

	@Autowired
	UserDetailsService signIn;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher publisher;

	@Test
	void first_start_created_the_administrator_from_the_environment() {
		UserDetails admin = this.signIn.loadUserByUsername(ADMIN);

		assertThat(admin.getAuthorities()).extracting(Object::toString).contains("ROLE_ADMIN");
		assertThat(this.passwordEncoder.matches("a long test password", admin.getPassword())).isTrue();
		assertThat(admin.getPassword()).startsWith("{bcrypt}");
	}

	@Test
	void administrator_creates_a_person_who_can_then_sign_in() {
		PersonDetails created = this.people
			.createPerson(form("Nora.New@Example.ORG", "Nora New", Set.of(Role.LEARNER), "Front desk", null), PASSWORD);

		assertThat(created.email()).isEqualTo("nora.new@example.org");
		assertThat(created.department()).isEqualTo("Front desk");
		assertThat(created.startDate()).isEqualTo(LocalDate.of(2026, 12, 1));
		UserDetails account = this.signIn.loadUserByUsername("NORA.NEW@example.org");
		assertThat(account.isEnabled()).isTrue();
		assertThat(this.passwordEncoder.matches(PASSWORD, account.getPassword())).isTrue();
		assertThat(this.people.listPeople()).extracting(PersonDetails::email).contains("nora.new@example.org");
		assertThat(this.people.listDepartments()).contains("Front desk");
	}

	@Test
	void second_person_with_the_same_email_in_other_case_is_refused() {
		this.people.createPerson(form("dup@example.org", "First", Set.of(Role.LEARNER), null, null), PASSWORD);

		assertThatExceptionOfType(InvalidPersonException.class)
			.isThrownBy(() -> this.people
				.createPerson(form("DUP@example.org", "Second", Set.of(Role.LEARNER), null, null), PASSWORD))
			.withMessage("Someone already signs in with dup@example.org.");
	}

	@Test
	void person_without_a_role_or_with_a_bad_email_is_refused_with_each_reason() {
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.people.createPerson(form("not-an-email", "No Role", Set.of(), null, null), PASSWORD))
			.satisfies(
					(ex) -> assertThat(ex.getConstraintViolations()).extracting((violation) -> violation.getMessage())
						.containsExactlyInAnyOrder("Choose at least one role.",
								"Enter an email address such as name@example.org."));
	}

	@Test
	void department_is_matched_by_name_whatever_its_case() {
		this.people.createPerson(form("a@example.org", "A", Set.of(Role.LEARNER), "Contact centre", null), PASSWORD);
		this.people.createPerson(form("b@example.org", "B", Set.of(Role.LEARNER), "contact CENTRE ", null), PASSWORD);

		assertThat(this.people.listDepartments()).filteredOn((name) -> name.equalsIgnoreCase("contact centre"))
			.containsExactly("Contact centre");
	}

	@Test
	void manager_cannot_report_to_their_own_report() {
		PersonDetails lead = this.people
			.createPerson(form("lead@example.org", "Lead", Set.of(Role.MANAGER), null, null), PASSWORD);
		PersonDetails report = this.people
			.createPerson(form("report@example.org", "Report", Set.of(Role.LEARNER), null, lead.id()), PASSWORD);

		assertThatExceptionOfType(InvalidPersonException.class)
			.isThrownBy(() -> this.people.updatePerson(lead.id(), lead.version(),
					form("lead@example.org", "Lead", Set.of(Role.MANAGER), null, report.id())))
			.withMessage("Report reports to Lead, so they cannot also be their manager.")
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("managerId"));
	}

	@Test
	void stale_edit_is_refused_and_the_newer_change_is_kept() {
		PersonDetails opened = this.people.createPerson(form("c@example.org", "Cleo", Set.of(Role.LEARNER), null, null),
				PASSWORD);
		this.people.updatePerson(opened.id(), opened.version(),
				form("c@example.org", "Cleo Changed", Set.of(Role.LEARNER), null, null));

		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> this.people.updatePerson(opened.id(), opened.version(),
					form("c@example.org", "Cleo Overwritten", Set.of(Role.LEARNER), null, null)))
			.withMessageContaining("changed by someone else");
		assertThat(this.people.getPerson(opened.id()).displayName()).isEqualTo("Cleo Changed");
	}

	@Test
	void disabling_a_person_stops_their_sign_in_and_announces_it() {
		PersonDetails person = this.people.createPerson(form("d@example.org", "Dev", Set.of(Role.LEARNER), null, null),
				PASSWORD);

		PersonForm disabled = new PersonForm("d@example.org", "Dev", Set.of(Role.LEARNER), null, null, null, null,
				false, null);
		this.people.updatePerson(person.id(), person.version(), disabled);

		assertThat(this.signIn.loadUserByUsername("d@example.org").isEnabled()).isFalse();
		assertThat(this.events.stream(PersonAccessChanged.class))
			.containsExactly(new PersonAccessChanged(person.id(), "d@example.org"));
	}

	@Test
	void administrator_cannot_disable_their_own_account() {
		PersonDetails self = this.people.listPeople()
			.stream()
			.filter((person) -> person.email().equals(ADMIN))
			.findFirst()
			.orElseThrow();

		assertThatExceptionOfType(InvalidPersonException.class)
			.isThrownBy(() -> this.people.updatePerson(self.id(), self.version(),
					new PersonForm(ADMIN, self.displayName(), Set.of(Role.ADMIN), null, null, null, null, false, null)))
			.withMessageContaining("cannot disable your own account");
	}

	@Test
	@WithMockUser(username = "learner@example.org", roles = Roles.LEARNER)
	void learner_cannot_list_or_create_people() {
		assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(() -> this.people.listPeople());
		assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(
				() -> this.people.createPerson(form("x@example.org", "X", Set.of(Role.ADMIN), null, null), PASSWORD));
	}

	@Test
	@WithMockUser(username = "lead@example.org", roles = { Roles.TRAINER, Roles.MANAGER, Roles.LEARNER })
	void trainers_and_managers_cannot_manage_people() {
		assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(() -> this.people.getPerson(1));
		assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(() -> this.people.listPeople());
	}

	@Test
	@WithMockUser(username = "hr@example.org", roles = Roles.HR)
	void hr_adds_staff_but_cannot_grant_administrator_or_hr_roles() {
		PersonDetails hire = this.people
			.createPerson(form("hire@example.org", "Hira Hire", Set.of(Role.LEARNER), "Front desk", null), PASSWORD);

		assertThat(hire.roles()).containsExactly(Role.LEARNER);
		assertThat(this.people.assignableRoles()).containsExactlyInAnyOrder(Role.LEARNER, Role.MANAGER);
		assertThatExceptionOfType(InvalidPersonException.class)
			.isThrownBy(() -> this.people.createPerson(form("boss@example.org", "Boss", Set.of(Role.ADMIN), null, null),
					PASSWORD))
			.withMessage("You can give only these roles: Learner, Manager.");
		assertThatExceptionOfType(InvalidPersonException.class)
			.isThrownBy(() -> this.people.updatePerson(hire.id(), hire.version(),
					form("hire@example.org", "Hira Hire", Set.of(Role.LEARNER, Role.HR), null, null)))
			.withMessage("You can give only these roles: Learner, Manager.");
	}

	@Test
	@WithMockUser(username = "hr@example.org", roles = Roles.HR)
	void hr_cannot_change_an_administrator() {
		PersonDetails admin = this.people.listPeople()
			.stream()
			.filter((person) -> person.email().equals(ADMIN))
			.findFirst()
			.orElseThrow();

		assertThatExceptionOfType(InvalidPersonException.class)
			.isThrownBy(() -> this.people.updatePerson(admin.id(), admin.version(),
					new PersonForm(ADMIN, "Renamed", Set.of(Role.LEARNER), null, null, null, null, true, null),
					"hijacked password"))
			.withMessage("Only an administrator can change people who are administrators, HR or trainers.");
	}

	@Test
	void signed_in_person_is_known_with_their_roles() {
		assertThat(this.people.currentPerson()).hasValueSatisfying((me) -> {
			assertThat(me.email()).isEqualTo(ADMIN);
			assertThat(me.hasRole(Role.ADMIN)).isTrue();
		});
	}

	@Test
	void sign_in_name_that_another_instance_gave_to_someone_else_signs_in_here_as_its_new_holder() {
		String name = "front.desk@example.org";
		long previous = this.people.createPerson(form(name, "Previous", Set.of(Role.LEARNER), null, null), PASSWORD)
			.id();
		long next = this.people
			.createPerson(form("next.holder@example.org", "Next", Set.of(Role.LEARNER), null, null), PASSWORD)
			.id();
		assertThat(TestPeople.id(this.people, name)).isEqualTo(previous);

		// As another instance commits it: no event reaches this one.
		this.jdbc.update("update person set email = ? where id = ?", "moved.on@example.org", previous);
		this.jdbc.update("update person set email = ? where id = ?", name, next);

		assertThat(TestPeople.id(this.people, name)).isEqualTo(next);
	}

	@Test
	void sign_in_name_another_instance_gave_to_someone_else_is_looked_up_again_once_that_change_arrives() {
		PersonDetails moved = this.people
			.createPerson(form("moved@example.org", "Mo Moved", Set.of(Role.LEARNER), null, null), PASSWORD);
		Authentication session = UsernamePasswordAuthenticationToken.authenticated("moved@example.org", "n/a",
				List.of(new SimpleGrantedAuthority("ROLE_" + Role.LEARNER)));
		assertThat(currentPersonIdIn(session)).hasValue(moved.id());

		// What another instance commits: this one hears only the change its poll reads.
		this.jdbc.update("update person set email = ? where id = ?", "moved-away@example.org", moved.id());
		PersonDetails newHolder = this.people
			.createPerson(form("moved@example.org", "Nu Holder", Set.of(Role.LEARNER), null, null), PASSWORD);
		assertThat(currentPersonIdIn(session)).as("remembered until the change arrives").hasValue(moved.id());
		this.publisher.publishEvent(new PersonAccessChangeCommitted(moved.id(), "moved@example.org"));

		assertThat(currentPersonIdIn(session)).hasValue(newHolder.id());
	}

	private Optional<Long> currentPersonIdIn(Authentication session) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(new SecurityContextImpl(session));
		try {
			return this.people.currentPersonId();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private static PersonForm form(String email, String name, Set<Role> roles, String department, Long managerId) {
		return new PersonForm(email, name, roles, department, "Associate", LocalDate.of(2026, 12, 1), managerId, true,
				null);
	}

}
