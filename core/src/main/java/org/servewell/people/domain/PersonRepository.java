package org.servewell.people.domain;

import java.util.List;
import java.util.Optional;

import org.servewell.people.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * People by id and by sign-in email.
 */
public interface PersonRepository extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

	Optional<Person> findByEmail(String email);

	boolean existsByEmail(String email);

	Optional<Person> findByEmployeeNumber(String employeeNumber);

	@EntityGraph(attributePaths = { "department", "manager" })
	@Query("select p from Person p order by p.displayName")
	List<Person> findAllForListing();

	/** A page of people, with their department and manager read in the same query. */
	@Override
	@EntityGraph(attributePaths = { "department", "manager" })
	Page<Person> findAll(Specification<Person> spec, Pageable pageable);

	@Query("select p.preferredLanguage from Person p where p.id = :id")
	Optional<String> findPreferredLanguage(long id);

	/**
	 * Sets a person's language without counting it as a change to their record: no new
	 * version, so an administrator editing the person meanwhile is not told it changed.
	 */
	@Modifying
	@Query("update Person p set p.preferredLanguage = :language where p.id = :id")
	int updatePreferredLanguage(long id, String language);

	@Query("select count(p) from Person p join p.roles r where r = :role and p.enabled = true")
	long countEnabledWithRole(Role role);

}
