package org.servewell.people;

import org.servewell.people.domain.Person;
import org.servewell.people.domain.PersonRepository;
import org.servewell.people.domain.PersonSpecifications;
import org.servewell.shared.ResultPage;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People for other systems and long lists: filtered, counted and cut into pages in the
 * database, and found by either key an HR system knows them by. The same people as
 * {@link PeopleService#listPeople()}: administrators and HR see everyone.
 */
@Service
public class PeopleSearch {

	private static final Sort BY_NAME = Sort.by("displayName", "id");

	/**
	 * Oldest change first, ties by id, so that pages stay stable while a reader syncs.
	 */
	private static final Sort BY_CHANGE = Sort.by("updatedAt", "id");

	private final PersonRepository people;

	PeopleSearch(PersonRepository people) {
		this.people = people;
	}

	/**
	 * One page of the people matching the filter: by name, or by when they were changed
	 * when the filter asks for changes since a moment.
	 * @param filter which people
	 * @param page the page number, from 0
	 * @param size the most people a page holds, at least 1
	 */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional(readOnly = true)
	public ResultPage<PersonDetails> page(PeopleFilter filter, int page, int size) {
		Specification<Person> matching = Specification.allOf(PersonSpecifications.inDepartment(filter.department()),
				PersonSpecifications.enabled(filter.active()), PersonSpecifications.holding(filter.role()),
				PersonSpecifications.mentioning(filter.text()),
				PersonSpecifications.changedSince(filter.changedSince()));
		Sort order = (filter.changedSince() != null) ? BY_CHANGE : BY_NAME;
		Page<Person> found = this.people.findAll(matching, PageRequest.of(page, size, order));
		return new ResultPage<>(found.map(PeopleService::details).getContent(), page, size, found.getTotalElements());
	}

	/** The person who signs in with the email, in any case. */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional(readOnly = true)
	public PersonDetails byEmail(String email) {
		String key = PeopleRules.normalizeEmail(email);
		return this.people.findByEmail(key)
			.map(PeopleService::details)
			.orElseThrow(() -> new PersonNotFoundException(key));
	}

	/** The person with the HR system's employee number, exactly as stored but trimmed. */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional(readOnly = true)
	public PersonDetails byEmployeeNumber(String employeeNumber) {
		String key = employeeNumber.strip();
		return this.people.findByEmployeeNumber(key)
			.map(PeopleService::details)
			.orElseThrow(() -> PersonNotFoundException.withEmployeeNumber(key));
	}

}
