package org.servewell.people.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * One-time password links by token hash.
 */
public interface PasswordLinkRepository extends JpaRepository<PasswordLink, Long> {

	Optional<PasswordLink> findByTokenHash(String tokenHash);

	List<PasswordLink> findByPersonAndUsedAtIsNull(Person person);

}
