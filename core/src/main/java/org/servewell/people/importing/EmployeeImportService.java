package org.servewell.people.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.people.domain.Department;
import org.servewell.people.domain.DepartmentRepository;
import org.servewell.people.domain.PersonRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employee import for HR and administrators: read a CSV file, preview what it would do
 * with nothing written, then import the whole file in one transaction or nothing.
 * <p>
 * People absent from the file are left as they are unless the import is asked to
 * deactivate them ({@link ImportOptions}): otherwise only a row whose active column says
 * no deactivates someone, so that a file of one department cannot disable the rest of the
 * organisation. Unknown departments are created, as the person form creates them, and
 * listed in the preview. New people get the Learner role and no password: they set one
 * through a set-password link, or sign in through the organisation's sign-in.
 */
@Service
public class EmployeeImportService {

	/**
	 * The largest file read: about 60,000 rows of ordinary length, more than any
	 * organisation Servewell serves; a larger file is most likely not an employee list.
	 */
	public static final int MAX_FILE_BYTES = 10_000_000;

	private final PersonRepository people;

	private final DepartmentRepository departments;

	private final PeopleService peopleService;

	private final ApplicationEventPublisher events;

	private final EntityManager entities;

	private final NewPeopleInserts inserts;

	EmployeeImportService(PersonRepository people, DepartmentRepository departments, PeopleService peopleService,
			ApplicationEventPublisher events, EntityManager entities, NamedParameterJdbcTemplate jdbc) {
		this.entities = entities;
		this.inserts = new NewPeopleInserts(jdbc);
		this.people = people;
		this.departments = departments;
		this.peopleService = peopleService;
		this.events = events;
	}

	/** The template to fill in: every column's header and one example row. */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	public String template() {
		return EmployeeCsv.template();
	}

	/**
	 * Reads an uploaded file; what is wrong with it on its own (encoding, header, values,
	 * duplicate keys) is in the result's problems.
	 */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	public EmployeeFile read(Path file, String fileName) throws IOException {
		return EmployeeCsv.read(file, fileName, MAX_FILE_BYTES);
	}

	/**
	 * What importing the file would do, and every problem that stops it; writes nothing.
	 */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional(readOnly = true)
	public ImportPreview preview(EmployeeFile file) {
		return preview(file, ImportOptions.DEFAULT);
	}

	/**
	 * What importing the file with these options would do, and every problem that stops
	 * it; writes nothing.
	 */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional(readOnly = true)
	public ImportPreview preview(EmployeeFile file, ImportOptions options) {
		return plan(file, options).preview();
	}

	/**
	 * Imports the whole file in one transaction, or nothing: refused with every problem
	 * when the preview has any, rolled back when anything fails on the way. Assignment
	 * rules apply to everyone created or changed, and the audit log records the import.
	 */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional
	public ImportPreview importEmployees(EmployeeFile file, ImportProgress progress) {
		return importEmployees(file, ImportOptions.DEFAULT, progress);
	}

	/**
	 * Imports the whole file with these options in one transaction, or nothing, as
	 * {@link #importEmployees(EmployeeFile, ImportProgress)} does; people the options
	 * deactivate are deactivated in the same transaction and audited with the rest.
	 */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional
	public ImportPreview importEmployees(EmployeeFile file, ImportOptions options, ImportProgress progress) {
		ImportPlan plan = plan(file, options);
		List<ImportProblem> problems = plan.problems();
		if (!problems.isEmpty()) {
			throw new EmployeeImportRefusedException(problems);
		}
		new EmployeeWrites(file, this.departments, this.events, this.entities, this.inserts).write(plan, progress);
		if (this.people.countEnabledWithRole(Role.ADMIN) == 0) {
			// The plan keeps one; a concurrent change may not have.
			throw new EmployeeImportRefusedException(
					List.of(ImportProblem.ofFile("Servewell needs at least one enabled administrator.")));
		}
		ImportPreview result = plan.preview();
		this.events.publishEvent(new EmployeesImported(result));
		return result;
	}

	private ImportPlan plan(EmployeeFile file, ImportOptions options) {
		Set<Role> assignable = this.peopleService.assignableRoles();
		List<String> departmentNames = this.departments.findAll().stream().map(Department::getName).toList();
		return ImportPlan.of(file, this.people.findAllForListing(), everyonesRoles(), departmentNames, assignable,
				callerEmail(), options);
	}

	/**
	 * Everyone's roles in one query: the people list leaves them unread, and reading them
	 * person by person took seconds for a file of thousands.
	 */
	private Map<Long, Set<Role>> everyonesRoles() {
		Map<Long, Set<Role>> roles = new HashMap<>();
		for (Object[] row : this.entities.createQuery("select p.id, r from Person p join p.roles r", Object[].class)
			.getResultList()) {
			roles.computeIfAbsent((Long) row[0], (id) -> EnumSet.noneOf(Role.class)).add((Role) row[1]);
		}
		return roles;
	}

	private static String callerEmail() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName().strip().toLowerCase(Locale.ROOT) : "";
	}

}
