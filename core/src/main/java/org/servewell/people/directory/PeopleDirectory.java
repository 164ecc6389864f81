package org.servewell.people.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.servewell.people.Role;
import org.servewell.people.domain.Department;
import org.servewell.people.domain.DepartmentRepository;
import org.servewell.people.domain.Person;
import org.servewell.people.domain.PersonRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks people up for other features' services. No role checks here: every caller checks
 * its own.
 */
@Service
public class PeopleDirectory {

	private final PersonRepository people;

	private final DepartmentRepository departments;

	PeopleDirectory(PersonRepository people, DepartmentRepository departments) {
		this.people = people;
		this.departments = departments;
	}

	/** One person. */
	@Transactional(readOnly = true)
	public Optional<StaffMember> staff(long personId) {
		return this.people.findById(personId).map(PeopleDirectory::toStaff);
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
				(person.getManager() != null) ? person.getManager().getId() : null, person.isEnabled());
	}

}
