package org.servewell.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servewell.people.domain.Department;
import org.servewell.people.domain.DepartmentRepository;
import org.servewell.people.domain.Person;
import org.servewell.people.domain.PersonRepository;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates one demo person per role when Servewell runs with the {@code demo} profile.
 * Never active otherwise: outside the demo there are no default credentials.
 */
@Component
@Profile(DemoPeople.PROFILE)
@Order(0)
public class DemoPeople implements ApplicationRunner {

	/** The Spring profile that turns on demo data. */
	public static final String PROFILE = "demo";

	private static final String PASSWORD = "servewell-demo";

	/** The demo accounts, as listed on the sign-in page and in the README. */
	public static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("learner@demo.servewell.org", PASSWORD, "Lena Learner", Set.of(Role.LEARNER)),
			new DemoAccount("trainer@demo.servewell.org", PASSWORD, "Theo Trainer", Set.of(Role.TRAINER, Role.LEARNER)),
			new DemoAccount("hr@demo.servewell.org", PASSWORD, "Hana Hughes (HR)", Set.of(Role.HR, Role.LEARNER)),
			new DemoAccount("manager@demo.servewell.org", PASSWORD, "Max Manager", Set.of(Role.MANAGER, Role.LEARNER)),
			new DemoAccount("admin@demo.servewell.org", PASSWORD, "Ada Admin", Set.of(Role.ADMIN)));

	private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

	private final PersonRepository people;

	private final DepartmentRepository departments;

	private final PasswordEncoder passwordEncoder;

	DemoPeople(PersonRepository people, DepartmentRepository departments, PasswordEncoder passwordEncoder) {
		this.people = people;
		this.departments = departments;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.people.existsByEmail(ACCOUNTS.get(0).email())) {
			return;
		}
		Department frontDesk = this.departments.save(new Department("Front desk"));
		Department learning = this.departments.save(new Department("Learning and development"));
		Department peopleTeam = this.departments.save(new Department("People team"));
		Person manager = null;
		for (DemoAccount account : ACCOUNTS) {
			Person person = new Person(account.email(), account.displayName());
			person.setPasswordHash(this.passwordEncoder.encode(account.password()));
			person.setRoles(account.roles());
			if (account.roles().contains(Role.MANAGER)) {
				person.setDepartment(frontDesk);
				person.setJobRole("Front desk team lead");
				person.setStartDate(LocalDate.now().minusYears(3));
				manager = person;
			}
			else if (account.roles().contains(Role.TRAINER)) {
				person.setDepartment(learning);
				person.setJobRole("Learning designer");
			}
			else if (account.roles().contains(Role.HR)) {
				person.setDepartment(peopleTeam);
				person.setJobRole("People partner");
			}
			this.people.save(person);
		}
		Person learner = this.people.findByEmail(ACCOUNTS.get(0).email()).orElseThrow();
		learner.setDepartment(frontDesk);
		learner.setJobRole("Front desk associate");
		learner.setStartDate(LocalDate.now().minusDays(2));
		learner.setManager(manager);
		log.warn(
				"Demo data: created {} demo people with the shared demo password. Never use the demo profile with real data.",
				ACCOUNTS.size());
	}

}
