package org.servewell.people.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.servewell.people.Role;
import org.servewell.people.domain.Person;

/**
 * What an employee file would do to the people Servewell knows, worked out in memory: who
 * each row is (by employee number, else email), what would change, whom each person would
 * report to afterwards, and every problem that stops the import. People are identified by
 * {@code p<id>} when they exist and {@code l<line>} when the file creates them, so that a
 * manager may be someone the same file creates.
 */
final class ImportPlan {

	/**
	 * What a person not in the file, deactivated, is told in the preview and the audit
	 * log.
	 */
	static final String NOT_IN_FILE = "not in the file";

	/** One row and what it does. */
	record Step(EmployeeRow row, Person person, String identity, PersonChange change) {
	}

	private final EmployeeFile file;

	private final Set<Role> assignable;

	private final String caller;

	private final ImportOptions options;

	/** Everyone's roles by person id, read at once rather than a query per person. */
	private final Map<Long, Set<Role>> roles;

	private final Map<String, Person> byEmail = new HashMap<>();

	private final Map<String, Person> byNumber = new HashMap<>();

	private final Map<String, Person> byIdentity = new HashMap<>();

	/** Who each person reports to after the import, by identity; null for nobody. */
	private final Map<String, String> managerOf = new HashMap<>();

	/** Everyone's email after the import, by identity, to name them in messages. */
	private final Map<String, String> emailOf = new HashMap<>();

	private final Map<String, String> fileByEmail = new HashMap<>();

	private final Map<String, String> fileByNumber = new HashMap<>();

	private final Set<String> knownDepartments = new HashSet<>();

	private final Map<String, String> newDepartments = new LinkedHashMap<>();

	private final List<Step> steps = new ArrayList<>();

	private final List<ImportProblem> problems = new ArrayList<>();

	/** Active people not in the file whom the import deactivates, when asked to. */
	private final List<Step> absent = new ArrayList<>();

	private ImportPlan(EmployeeFile file, Map<Long, Set<Role>> roles, Set<Role> assignable, String caller,
			ImportOptions options) {
		this.file = file;
		this.roles = roles;
		this.assignable = assignable;
		this.caller = caller;
		this.options = options;
	}

	/**
	 * Plans the file against everyone there is now.
	 * @param roles everyone's roles by person id
	 * @param assignable the roles the importing person may change (HR: staff roles only)
	 * @param caller the importing person's email
	 */
	static ImportPlan of(EmployeeFile file, List<Person> everyone, Map<Long, Set<Role>> roles, List<String> departments,
			Set<Role> assignable, String caller, ImportOptions options) {
		ImportPlan plan = new ImportPlan(file, roles, assignable, caller, options);
		plan.index(everyone, departments);
		List<String> identities = new ArrayList<>();
		for (EmployeeRow row : file.rows()) {
			identities.add(plan.match(row));
		}
		if (file.has(EmployeeColumn.MANAGER)) {
			plan.resolveManagers(identities);
			plan.findCycles(identities);
		}
		for (int i = 0; i < file.rows().size(); i++) {
			plan.describe(file.rows().get(i), identities.get(i));
		}
		if (options.deactivateOthers()) {
			plan.findAbsent(everyone, new HashSet<>(identities));
		}
		plan.keepAnAdministrator(everyone);
		return plan;
	}

	List<Step> steps() {
		return this.steps;
	}

	/**
	 * Active people not in the file whom the import deactivates (with no row: their
	 * step's row is null).
	 */
	List<Step> absent() {
		return this.absent;
	}

	/** The file's own problems, then those found against the people there are. */
	List<ImportProblem> problems() {
		List<ImportProblem> all = new ArrayList<>(this.file.problems());
		all.addAll(this.problems);
		return all;
	}

	/** Who the person with this identity reports to after the import; null for nobody. */
	String managerOf(String identity) {
		return this.managerOf.get(identity);
	}

	/** Someone who exists now, by identity. */
	Person existing(String identity) {
		return this.byIdentity.get(identity);
	}

	ImportPreview preview() {
		int[] counts = new int[PersonChange.Kind.values().length];
		List<PersonChange> changes = new ArrayList<>();
		for (Step step : this.steps) {
			counts[step.change().kind().ordinal()]++;
			if (step.change().kind() != PersonChange.Kind.UNCHANGED) {
				changes.add(step.change());
			}
		}
		this.absent.forEach((step) -> changes.add(step.change()));
		return new ImportPreview(this.file.fileName(), counts[PersonChange.Kind.CREATED.ordinal()],
				counts[PersonChange.Kind.CHANGED.ordinal()], counts[PersonChange.Kind.DEACTIVATED.ordinal()],
				counts[PersonChange.Kind.UNCHANGED.ordinal()], this.absent.size(),
				List.copyOf(this.newDepartments.values()), changes, problems());
	}

	private void index(List<Person> everyone, List<String> departments) {
		for (Person person : everyone) {
			String identity = "p" + person.getId();
			this.byIdentity.put(identity, person);
			this.byEmail.put(person.getEmail(), person);
			if (person.getEmployeeNumber() != null) {
				this.byNumber.put(person.getEmployeeNumber(), person);
			}
			this.managerOf.put(identity, (person.getManager() != null) ? "p" + person.getManager().getId() : null);
			this.emailOf.put(identity, person.getEmail());
		}
		departments.forEach((name) -> this.knownDepartments.add(name.toLowerCase(Locale.ROOT)));
	}

	/** Finds who the row is and returns their identity. */
	private String match(EmployeeRow row) {
		Person person = (row.employeeNumber() != null) ? this.byNumber.get(row.employeeNumber()) : null;
		if (person == null) {
			person = this.byEmail.get(row.email());
		}
		Person emailOwner = this.byEmail.get(row.email());
		if (person != null && emailOwner != null && emailOwner != person) {
			this.problems.add(ImportProblem.at(row.line(), EmployeeColumn.EMAIL,
					row.email() + " already signs in as " + emailOwner.getDisplayName() + ", not as employee "
							+ row.employeeNumber() + " (" + person.getDisplayName() + "); correct one of them."));
		}
		String identity = (person != null) ? "p" + person.getId() : "l" + row.line();
		this.emailOf.put(identity, row.email());
		this.fileByEmail.put(row.email(), identity);
		if (row.employeeNumber() != null) {
			this.fileByNumber.put(row.employeeNumber(), identity);
		}
		return identity;
	}

	private void resolveManagers(List<String> identities) {
		for (int i = 0; i < identities.size(); i++) {
			EmployeeRow row = this.file.rows().get(i);
			String manager = (row.manager() != null) ? managerIdentity(row) : null;
			if (manager != null && manager.equals(identities.get(i))) {
				this.problems
					.add(ImportProblem.at(row.line(), EmployeeColumn.MANAGER, "a person cannot be their own manager."));
				manager = null;
			}
			this.managerOf.put(identities.get(i), manager);
		}
	}

	private String managerIdentity(EmployeeRow row) {
		String key = row.manager();
		boolean email = key.contains("@");
		String identity = email ? this.fileByEmail.get(key) : this.fileByNumber.get(key);
		if (identity == null) {
			Person person = email ? this.byEmail.get(key) : this.byNumber.get(key);
			identity = (person != null) ? "p" + person.getId() : null;
		}
		if (identity == null) {
			this.problems.add(ImportProblem.at(row.line(), EmployeeColumn.MANAGER,
					"no person with " + (email ? "email " : "employee number ") + key
							+ " in the file or in Servewell; add them to the file or correct the "
							+ (email ? "email." : "number.")));
		}
		return identity;
	}

	/** A person who would, through their managers, report to themselves. */
	private void findCycles(List<String> identities) {
		for (int i = 0; i < identities.size(); i++) {
			String start = identities.get(i);
			List<String> chain = new ArrayList<>(List.of(start));
			Set<String> seen = new HashSet<>(chain);
			for (String above = this.managerOf.get(start); above != null; above = this.managerOf.get(above)) {
				chain.add(above);
				if (above.equals(start)) {
					this.problems.add(ImportProblem.at(this.file.rows().get(i).line(), EmployeeColumn.MANAGER,
							"this makes a cycle of managers: "
									+ String.join(" reports to ", chain.stream().map(this.emailOf::get).toList())
									+ "."));
					break;
				}
				if (!seen.add(above)) {
					break;
				}
			}
		}
	}

	private void describe(EmployeeRow row, String identity) {
		Person person = this.byIdentity.get(identity);
		List<String> changes = (person != null) ? changes(row, person, identity) : created(row, identity);
		PersonChange.Kind kind;
		if (person == null) {
			kind = PersonChange.Kind.CREATED;
		}
		else if (Boolean.FALSE.equals(row.active()) && person.isEnabled()) {
			kind = PersonChange.Kind.DEACTIVATED;
		}
		else {
			kind = changes.isEmpty() ? PersonChange.Kind.UNCHANGED : PersonChange.Kind.CHANGED;
		}
		if (person != null && !changes.isEmpty()) {
			check(row, person);
		}
		if (row.department() != null && this.file.has(EmployeeColumn.DEPARTMENT)
				&& !this.knownDepartments.contains(row.department().toLowerCase(Locale.ROOT))) {
			this.newDepartments.putIfAbsent(row.department().toLowerCase(Locale.ROOT), row.department());
		}
		this.steps.add(new Step(row, person, identity, new PersonChange(row.line(), row.email(), kind, changes)));
	}

	/**
	 * Everyone active whom no row names, except the importing person and people with a
	 * role the importing person may not change, as the person form refuses them.
	 */
	private void findAbsent(List<Person> everyone, Set<String> named) {
		for (Person person : everyone) {
			String identity = "p" + person.getId();
			if (person.isEnabled() && !named.contains(identity) && !person.getEmail().equals(this.caller)
					&& this.assignable.containsAll(rolesOf(person))) {
				this.absent.add(new Step(null, person, identity, new PersonChange(0, person.getEmail(),
						PersonChange.Kind.DEACTIVATED, List.of(NOT_IN_FILE, "active: yes → no"))));
			}
		}
	}

	/**
	 * Servewell needs an enabled administrator: an import that would deactivate the last
	 * one is refused, as the person form refuses it.
	 */
	private void keepAnAdministrator(List<Person> everyone) {
		Set<String> deactivated = new HashSet<>();
		this.absent.forEach((step) -> deactivated.add(step.identity()));
		this.steps.stream()
			.filter((step) -> Boolean.FALSE.equals(step.row().active()))
			.forEach((step) -> deactivated.add(step.identity()));
		boolean hadOne = everyone.stream().anyMatch(this::enabledAdministrator);
		boolean keepsOne = everyone.stream()
			.anyMatch((person) -> enabledAdministrator(person) && !deactivated.contains("p" + person.getId()));
		if (hadOne && !keepsOne) {
			this.problems.add(ImportProblem.ofFile("Servewell needs at least one enabled administrator, and this "
					+ "import would deactivate every one; keep one active."));
		}
	}

	private boolean enabledAdministrator(Person person) {
		return person.isEnabled() && rolesOf(person).contains(Role.ADMIN);
	}

	private Set<Role> rolesOf(Person person) {
		return this.roles.getOrDefault(person.getId(), Set.of());
	}

	private void check(EmployeeRow row, Person person) {
		if (!this.assignable.containsAll(rolesOf(person))) {
			this.problems.add(ImportProblem.at(row.line(), null,
					person.getDisplayName()
							+ " holds a role that only an administrator can change; leave them out of the file "
							+ "or ask an administrator to import it."));
		}
		if (Boolean.FALSE.equals(row.active()) && person.getEmail().equals(this.caller)) {
			this.problems.add(ImportProblem.at(row.line(), EmployeeColumn.ACTIVE,
					"you cannot deactivate your own account; ask another administrator."));
		}
	}

	private List<String> created(EmployeeRow row, String identity) {
		List<String> given = new ArrayList<>();
		given.add("name: " + row.name());
		ChangeList.add(given, "employee number", null, row.employeeNumber());
		ChangeList.add(given, "department", null, row.department());
		ChangeList.add(given, "job role", null, row.jobRole());
		ChangeList.add(given, "start date", null, Objects.toString(row.startDate(), null));
		ChangeList.add(given, "manager", null, this.emailOf.get(this.managerOf.get(identity)));
		if (Boolean.FALSE.equals(row.active())) {
			given.add("active: no");
		}
		return given;
	}

	private List<String> changes(EmployeeRow row, Person person, String identity) {
		List<String> changes = new ArrayList<>();
		ChangeList.add(changes, "name", person.getDisplayName(), row.name());
		ChangeList.add(changes, "email", person.getEmail(), row.email());
		if (row.employeeNumber() != null) {
			ChangeList.add(changes, "employee number", person.getEmployeeNumber(), row.employeeNumber());
		}
		if (this.file.has(EmployeeColumn.DEPARTMENT)) {
			ChangeList.addIgnoringCase(changes, "department",
					(person.getDepartment() != null) ? person.getDepartment().getName() : null, row.department());
		}
		if (this.file.has(EmployeeColumn.JOB_ROLE)) {
			ChangeList.add(changes, "job role", person.getJobRole(), row.jobRole());
		}
		if (this.file.has(EmployeeColumn.START_DATE)) {
			ChangeList.add(changes, "start date", Objects.toString(person.getStartDate(), null),
					Objects.toString(row.startDate(), null));
		}
		if (this.file.has(EmployeeColumn.MANAGER)) {
			String before = (person.getManager() != null) ? "p" + person.getManager().getId() : null;
			String after = this.managerOf.get(identity);
			if (!Objects.equals(before, after)) {
				ChangeList.add(changes, "manager", (before != null) ? person.getManager().getEmail() : null,
						this.emailOf.get(after));
			}
		}
		if (row.active() != null && row.active() != person.isEnabled()) {
			changes.add(row.active() ? "active: no → yes" : "active: yes → no");
		}
		return changes;
	}

}
