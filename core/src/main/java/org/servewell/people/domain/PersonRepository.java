package org.servewell.people.domain;

import java.util.List;
import java.util.Optional;

import org.servewell.people.Role;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * People by id and by sign-in email.
 */
public interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByEmail(String email);

	boolean existsByEmail(String email);

	@EntityGraph(attributePaths = { "department", "manager" })
	@Query("select p from Person p order by p.displayName")
	List<Person> findAllForListing();

	@Query("select count(p) from Person p join p.roles r where r = :role and p.enabled = true")
	long countEnabledWithRole(Role role);

}
