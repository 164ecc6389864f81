package org.servewell.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servewell.shared.InstanceLock;
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

/**
 * Creates one demo person per role, and a second trainer so that two can key a course,
 * when Servewell runs with the {@code demo} profile. A demo database kept from an earlier
 * run gets the accounts added since. Never active otherwise: outside the demo there are
 * no default credentials. Several instances starting together on one database check and
 * create one at a time (lock {@value #LOCK}), so that one creates the accounts and the
 * others find them.
 */
@Component
@Profile(DemoPeople.PROFILE)
@Order(0)
public class DemoPeople implements ApplicationRunner {

	/** The Spring profile that turns on demo data. */
	public static final String PROFILE = "demo";

	private static final String PASSWORD = "servewell-demo";

	/** The name of the lock that one instance at a time checks and creates under. */
	static final String LOCK = "demo-people";

	/** The demo accounts, as listed on the sign-in page and in the README. */
	public static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("learner@demo.servewell.org", PASSWORD, "Lena Learner", Set.of(Role.LEARNER)),
			new DemoAccount("trainer@demo.servewell.org", PASSWORD, "Theo Trainer", Set.of(Role.TRAINER, Role.LEARNER)),
			new DemoAccount("trainer2@demo.servewell.org", PASSWORD, "Tariq Trainer",
					Set.of(Role.TRAINER, Role.LEARNER)),
			new DemoAccount("hr@demo.servewell.org", PASSWORD, "Hana Hughes (HR)", Set.of(Role.HR, Role.LEARNER)),
			new DemoAccount("manager@demo.servewell.org", PASSWORD, "Max Manager", Set.of(Role.MANAGER, Role.LEARNER)),
			new DemoAccount("admin@demo.servewell.org", PASSWORD, "Ada Admin", Set.of(Role.ADMIN)));

	/** The first demo account with the role, for demo data that needs someone in it. */
	public static DemoAccount accountWith(Role role) {
		return ACCOUNTS.stream().filter((account) -> account.roles().contains(role)).findFirst().orElseThrow();
	}

	private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

	private final PersonRepository people;

	private final DepartmentRepository departments;

	private final PasswordEncoder passwordEncoder;

	private final InstanceLock lock;

	DemoPeople(PersonRepository people, DepartmentRepository departments, PasswordEncoder passwordEncoder,
			InstanceLock lock) {
		this.people = people;
		this.departments = departments;
		this.passwordEncoder = passwordEncoder;
		this.lock = lock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.lock.runAloneInTransaction(LOCK, this::addMissingAccounts);
	}

	/** The check and the creation, in the caller's transaction. */
	private void addMissingAccounts() {
		List<DemoAccount> missing = ACCOUNTS.stream()
			.filter((account) -> !this.people.existsByEmail(account.email()))
			.toList();
		if (missing.isEmpty()) {
			return;
		}
		for (DemoAccount account : missing) {
			Person person = new Person(account.email(), account.displayName());
			person.setPasswordHash(this.passwordEncoder.encode(account.password()));
			person.setRoles(account.roles());
			if (account.roles().contains(Role.MANAGER)) {
				person.setDepartment(department("Front desk"));
				person.setJobRole("Front desk team lead");
				person.setStartDate(LocalDate.now().minusYears(3));
			}
			else if (account.roles().contains(Role.TRAINER)) {
				person.setDepartment(department("Learning and development"));
				person.setJobRole("Learning designer");
			}
			else if (account.roles().contains(Role.HR)) {
				person.setDepartment(department("People team"));
				person.setJobRole("People partner");
			}
			this.people.save(person);
		}
		if (missing.contains(ACCOUNTS.get(0))) {
			Person learner = this.people.findByEmail(ACCOUNTS.get(0).email()).orElseThrow();
			learner.setDepartment(department("Front desk"));
			learner.setJobRole("Front desk associate");
			learner.setStartDate(LocalDate.now().minusDays(2));
			learner.setManager(this.people.findByEmail(accountWith(Role.MANAGER).email()).orElseThrow());
		}
		log.warn(
				"Demo data: created {} demo people with the shared demo password. Never use the demo profile with real data.",
				missing.size());
	}

	private Department department(String name) {
		return this.departments.findByNameIgnoreCase(name).orElseGet(() -> this.departments.save(new Department(name)));
	}

}
