package org.servewell.people.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.servewell.people.PersonAccessChanged;
import org.servewell.people.PersonSaved;
import org.servewell.people.Role;
import org.servewell.people.domain.Department;
import org.servewell.people.domain.DepartmentRepository;
import org.servewell.people.domain.Person;
import org.servewell.people.domain.PersonRepository;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Writes a plan without problems, in the caller's transaction: people first (so that a
 * manager the file creates exists), then managers, then the events a person saved by hand
 * publishes, so that assignment rules apply to everyone created or moved.
 */
final class EmployeeWrites {

	/**
	 * Events are published in chunks of this many, the persistence context flushed and
	 * cleared between them: each listener's query flushes first, and a flush checks every
	 * entity held, so with ten thousand people held the import would grow with the square
	 * of the file.
	 */
	private static final int EVENT_CHUNK = 200;

	/** Progress is told every so many rows, not on every one. */
	private static final int PROGRESS_EVERY = 100;

	private final PersonRepository people;

	private final DepartmentRepository departments;

	private final ApplicationEventPublisher events;

	private final EntityManager entities;

	private final EmployeeFile file;

	private final Map<String, Department> departmentByName = new HashMap<>();

	private final Map<String, Person> written = new HashMap<>();

	EmployeeWrites(EmployeeFile file, PersonRepository people, DepartmentRepository departments,
			ApplicationEventPublisher events, EntityManager entities) {
		this.file = file;
		this.entities = entities;
		this.people = people;
		this.departments = departments;
		this.events = events;
		departments.findAll().forEach((department) -> this.departmentByName.put(key(department.getName()), department));
	}

	void write(ImportPlan plan, ImportProgress progress) {
		List<ImportPlan.Step> steps = plan.steps();
		List<Object> toPublish = new ArrayList<>();
		int done = 0;
		for (ImportPlan.Step step : steps) {
			if (step.change().kind() != PersonChange.Kind.UNCHANGED) {
				this.written.put(step.identity(), write(step, toPublish));
			}
			done++;
			if (done % PROGRESS_EVERY == 0 || done == steps.size()) {
				progress.rowsWritten(done, steps.size());
			}
		}
		if (this.file.has(EmployeeColumn.MANAGER)) {
			for (ImportPlan.Step step : steps) {
				Person person = this.written.get(step.identity());
				if (person != null) {
					person.setManager(manager(plan, plan.managerOf(step.identity())));
				}
			}
		}
		publishInChunks(toPublish);
	}

	private void publishInChunks(List<Object> toPublish) {
		for (int i = 0; i < toPublish.size(); i++) {
			if (i % EVENT_CHUNK == 0) {
				this.entities.flush();
				this.entities.clear();
			}
			this.events.publishEvent(toPublish.get(i));
		}
		this.entities.flush();
		this.entities.clear();
	}

	private Person write(ImportPlan.Step step, List<Object> toPublish) {
		EmployeeRow row = step.row();
		Person person = step.person();
		if (person == null) {
			person = new Person(row.email(), row.name());
			person.setRoles(Set.of(Role.LEARNER));
		}
		else if (!row.email().equals(person.getEmail())
				|| (row.active() != null && row.active() != person.isEnabled())) {
			toPublish.add(new PersonAccessChanged(person.getId(), person.getEmail()));
		}
		person.setEmail(row.email());
		person.setDisplayName(row.name());
		if (row.employeeNumber() != null) {
			person.setEmployeeNumber(row.employeeNumber());
		}
		apply(person, row);
		Person saved = (person.getId() == null) ? this.people.save(person) : person;
		toPublish.add(new PersonSaved(saved.getId()));
		return saved;
	}

	private void apply(Person person, EmployeeRow row) {
		if (row.active() != null) {
			person.setEnabled(row.active());
		}
		if (this.file.has(EmployeeColumn.DEPARTMENT)) {
			person.setDepartment(department(row.department()));
		}
		if (this.file.has(EmployeeColumn.JOB_ROLE)) {
			person.setJobRole(row.jobRole());
		}
		if (this.file.has(EmployeeColumn.START_DATE)) {
			person.setStartDate(row.startDate());
		}
	}

	private Person manager(ImportPlan plan, String identity) {
		if (identity == null) {
			return null;
		}
		Person person = this.written.get(identity);
		return (person != null) ? person : plan.existing(identity);
	}

	private Department department(String name) {
		if (name == null) {
			return null;
		}
		return this.departmentByName.computeIfAbsent(key(name), (key) -> this.departments.save(new Department(name)));
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
