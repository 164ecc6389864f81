package org.servewell.people.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.servewell.people.Role;
import org.servewell.people.domain.Department;
import org.servewell.people.domain.DepartmentRepository;
import org.servewell.people.domain.Person;
import org.servewell.people.domain.PersonRepository;
import org.servewell.shared.Languages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks people up for other features' services. No role checks here: every caller checks
 * its own.
 */
@Service
public class PeopleDirectory {

	/** Most ids in one {@code in} list. */
	private static final int IN_LIST = 1000;

	private static final String STAFF_BY_IDS = "select p.id, p.displayName, p.email, d.id, d.name, p.jobRole, "
			+ "p.startDate, m.id, p.enabled, p.preferredLanguage from Person p "
			+ "left join p.department d left join p.manager m where p.id in :ids";

	private final PersonRepository people;

	private final DepartmentRepository departments;

	private final EntityManager entities;

	PeopleDirectory(PersonRepository people, DepartmentRepository departments, EntityManager entities) {
		this.people = people;
		this.departments = departments;
		this.entities = entities;
	}

	/** One person. */
	@Transactional(readOnly = true)
	public Optional<StaffMember> staff(long personId) {
		return this.people.findById(personId).map(PeopleDirectory::toStaff);
	}

	/**
	 * Many people at once, in no particular order; ids of people who do not exist are
	 * left out. Read as values, not entities, so that a caller holding thousands of them
	 * does not make every later flush of its transaction check them all.
	 */
	@Transactional(readOnly = true)
	public List<StaffMember> staff(Collection<Long> personIds) {
		List<Long> ids = List.copyOf(personIds);
		List<StaffMember> found = new ArrayList<>(ids.size());
		for (int from = 0; from < ids.size(); from += IN_LIST) {
			this.entities.createQuery(STAFF_BY_IDS, Object[].class)
				.setParameter("ids", ids.subList(from, Math.min(from + IN_LIST, ids.size())))
				.getResultList()
				.forEach((row) -> found.add(new StaffMember((Long) row[0], (String) row[1], (String) row[2],
						(Long) row[3], (String) row[4], (String) row[5], (LocalDate) row[6], (Long) row[7],
						(Boolean) row[8], Languages.parse((String) row[9]))));
		}
		return found;
	}

	/**
	 * What an enabled person may do, for a credential that acts as them (an API token);
	 * empty when the person is disabled or gone.
	 */
	@Transactional(readOnly = true)
	public Optional<Set<Role>> rolesOfEnabled(long personId) {
		return this.people.findById(personId).filter(Person::isEnabled).map(Person::getRoles);
	}

	/** One person by sign-in email. */
	@Transactional(readOnly = true)
	public Optional<StaffMember> staffByEmail(String email) {
		return this.people.findByEmail(email.strip().toLowerCase(Locale.ROOT)).map(PeopleDirectory::toStaff);
	}

	/**
	 * Enabled people in the department (when given) and with the job role (when given,
	 * ignoring case).
	 */
	@Transactional(readOnly = true)
	public List<StaffMember> staffMatching(Long departmentId, String jobRole) {
		return this.people.findAllForListing()
			.stream()
			.filter(Person::isEnabled)
			.map(PeopleDirectory::toStaff)
			.filter((staff) -> departmentId == null || departmentId.equals(staff.departmentId()))
			.filter((staff) -> jobRole == null || jobRole.equalsIgnoreCase(staff.jobRole()))
			.toList();
	}

	/** The people who report to a manager. */
	@Transactional(readOnly = true)
	public List<StaffMember> teamOf(long managerId) {
		return this.people.findAllForListing()
			.stream()
			.filter((person) -> person.getManager() != null && person.getManager().getId() == managerId)
			.map(PeopleDirectory::toStaff)
			.toList();
	}

	/** A department's id by its name, ignoring case. */
	@Transactional(readOnly = true)
	public Optional<Long> departmentId(String name) {
		return this.departments.findByNameIgnoreCase(name.strip()).map(Department::getId);
	}

	/** A department's name by its id. */
	@Transactional(readOnly = true)
	public Optional<String> departmentName(long departmentId) {
		return this.departments.findById(departmentId).map(Department::getName);
	}

	private static StaffMember toStaff(Person person) {
		Department department = person.getDepartment();
		return new StaffMember(person.getId(), person.getDisplayName(), person.getEmail(),
				(department != null) ? department.getId() : null, (department != null) ? department.getName() : null,
				person.getJobRole(), person.getStartDate(),
				(person.getManager() != null) ? person.getManager().getId() : null, person.isEnabled(),
				Languages.parse(person.getPreferredLanguage()));
	}

}
