package org.servewell.people.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.servewell.people.PeopleSaved;
import org.servewell.people.PersonAccessChanged;
import org.servewell.people.domain.Department;
import org.servewell.people.domain.DepartmentRepository;
import org.servewell.people.domain.Person;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Writes a plan without problems, in the caller's transaction: the people it changes
 * (through their entities, in batches) and those it deactivates for not being in the
 * file, then the people it creates (in JDBC batches, {@link NewPeopleInserts}), then
 * everyone's managers, then the events a person saved by hand publishes, so that
 * assignment rules apply to everyone created or moved: one {@link PeopleSaved} for many
 * people, so that the rules are read once for them.
 */
final class EmployeeWrites {

	/**
	 * People a {@link PeopleSaved} names; the persistence context is flushed and cleared
	 * between them, so that what the listeners save does not pile up for every later
	 * flush to check.
	 */
	private static final int EVENT_CHUNK = 500;

	/** Changed people's updates sent to the database in one JDBC batch. */
	private static final int UPDATE_BATCH = 100;

	/** Progress is told every so many rows, not on every one. */
	private static final int PROGRESS_EVERY = 100;

	private final DepartmentRepository departments;

	private final ApplicationEventPublisher events;

	private final EntityManager entities;

	private final NewPeopleInserts inserts;

	private final EmployeeFile file;

	private final Map<String, Department> departmentByName = new HashMap<>();

	/** Every written person's id, by identity in the plan. */
	private final Map<String, Long> idOf = new HashMap<>();

	private ImportProgress progress = ImportProgress.NONE;

	private int done;

	private int total;

	EmployeeWrites(EmployeeFile file, DepartmentRepository departments, ApplicationEventPublisher events,
			EntityManager entities, NewPeopleInserts inserts) {
		this.file = file;
		this.entities = entities;
		this.departments = departments;
		this.events = events;
		this.inserts = inserts;
		departments.findAll().forEach((department) -> this.departmentByName.put(key(department.getName()), department));
	}

	void write(ImportPlan plan, ImportProgress told) {
		this.progress = told;
		this.total = plan.steps().size();
		this.entities.unwrap(Session.class).setJdbcBatchSize(UPDATE_BATCH);
		List<ImportPlan.Step> created = new ArrayList<>();
		List<Object> accessChanges = new ArrayList<>();
		for (ImportPlan.Step step : plan.steps()) {
			if (step.person() == null) {
				created.add(step);
				continue;
			}
			if (step.change().kind() != PersonChange.Kind.UNCHANGED) {
				change(step, accessChanges);
				this.idOf.put(step.identity(), step.person().getId());
			}
			rowsWritten(1);
		}
		for (ImportPlan.Step step : plan.absent()) {
			Person person = step.person();
			accessChanges.add(new PersonAccessChanged(person.getId(), person.getEmail()));
			person.setEnabled(false);
			this.idOf.put(step.identity(), person.getId());
		}
		// Emails the changed people gave up are free for the new people.
		this.entities.flush();
		create(plan, created);
		if (this.file.has(EmployeeColumn.MANAGER)) {
			setManagers(plan);
		}
		accessChanges.forEach(this.events::publishEvent);
		List<Long> saved = new ArrayList<>();
		for (ImportPlan.Step step : plan.steps()) {
			Long id = this.idOf.get(step.identity());
			if (id != null && step.change().kind() != PersonChange.Kind.UNCHANGED) {
				saved.add(id);
			}
		}
		plan.absent().forEach((step) -> saved.add(step.person().getId()));
		publishInChunks(saved);
	}

	/**
	 * Inserts the new people, managers before the people who report to them, so that each
	 * row is written with its manager: level by level, everyone whose manager exists by
	 * then (the plan has no cycles).
	 */
	private void create(ImportPlan plan, List<ImportPlan.Step> steps) {
		Instant now = Instant.now();
		boolean managers = this.file.has(EmployeeColumn.MANAGER);
		List<ImportPlan.Step> pending = steps;
		while (!pending.isEmpty()) {
			List<ImportPlan.Step> ready = new ArrayList<>();
			List<ImportPlan.Step> later = new ArrayList<>();
			for (ImportPlan.Step step : pending) {
				String manager = managers ? plan.managerOf(step.identity()) : null;
				boolean known = manager == null || plan.existing(manager) != null || this.idOf.containsKey(manager);
				(known ? ready : later).add(step);
			}
			if (ready.isEmpty()) {
				throw new IllegalStateException("The new people's managers make a cycle, which the plan refuses.");
			}
			for (int from = 0; from < ready.size(); from += NewPeopleInserts.BATCH) {
				List<ImportPlan.Step> chunk = ready.subList(from,
						Math.min(from + NewPeopleInserts.BATCH, ready.size()));
				Map<String, Long> ids = this.inserts.insert(
						chunk.stream().map((step) -> newPerson(step, managers ? managerId(plan, step) : null)).toList(),
						now);
				chunk.forEach((step) -> this.idOf.put(step.identity(), ids.get(step.row().email())));
				rowsWritten(chunk.size());
			}
			pending = later;
		}
	}

	private NewPeopleInserts.NewPerson newPerson(ImportPlan.Step step, Long managerId) {
		EmployeeRow row = step.row();
		Department department = this.file.has(EmployeeColumn.DEPARTMENT) ? department(row.department()) : null;
		return new NewPeopleInserts.NewPerson(row.email(), row.name(), !Boolean.FALSE.equals(row.active()),
				(department != null) ? department.getId() : null, row.employeeNumber(),
				this.file.has(EmployeeColumn.JOB_ROLE) ? row.jobRole() : null,
				this.file.has(EmployeeColumn.START_DATE) ? row.startDate() : null, managerId);
	}

	private void change(ImportPlan.Step step, List<Object> accessChanges) {
		EmployeeRow row = step.row();
		Person person = step.person();
		if (!row.email().equals(person.getEmail()) || (row.active() != null && row.active() != person.isEnabled())) {
			accessChanges.add(new PersonAccessChanged(person.getId(), person.getEmail()));
		}
		person.setEmail(row.email());
		person.setDisplayName(row.name());
		if (row.employeeNumber() != null) {
			person.setEmployeeNumber(row.employeeNumber());
		}
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

	/**
	 * The people the file changes report to whom the plan says, created by this file or
	 * not (new people were written with their managers).
	 */
	private void setManagers(ImportPlan plan) {
		for (ImportPlan.Step step : plan.steps()) {
			Person person = step.person();
			if (person == null || step.change().kind() == PersonChange.Kind.UNCHANGED) {
				continue;
			}
			Long managerId = managerId(plan, plan.managerOf(step.identity()));
			Long before = (person.getManager() != null) ? person.getManager().getId() : null;
			if (!Objects.equals(before, managerId)) {
				person.setManager((managerId != null) ? this.entities.getReference(Person.class, managerId) : null);
			}
		}
	}

	private Long managerId(ImportPlan plan, ImportPlan.Step step) {
		return managerId(plan, plan.managerOf(step.identity()));
	}

	private Long managerId(ImportPlan plan, String identity) {
		if (identity == null) {
			return null;
		}
		Long id = this.idOf.get(identity);
		return (id != null) ? id : plan.existing(identity).getId();
	}

	private void publishInChunks(List<Long> saved) {
		for (int from = 0; from < saved.size(); from += EVENT_CHUNK) {
			this.entities.flush();
			this.entities.clear();
			this.events.publishEvent(new PeopleSaved(saved.subList(from, Math.min(from + EVENT_CHUNK, saved.size()))));
		}
		this.entities.flush();
		this.entities.clear();
	}

	private void rowsWritten(int rows) {
		int before = this.done;
		this.done += rows;
		if (before / PROGRESS_EVERY != this.done / PROGRESS_EVERY || this.done == this.total) {
			this.progress.rowsWritten(this.done, this.total);
		}
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
