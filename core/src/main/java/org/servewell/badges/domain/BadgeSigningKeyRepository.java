package org.servewell.badges.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The badge signing keys, newest generation first where it matters. */
public interface BadgeSigningKeyRepository extends JpaRepository<BadgeSigningKey, Long> {

	Optional<BadgeSigningKey> findFirstByOrderByGenerationDesc();

	Optional<BadgeSigningKey> findByKeyId(String keyId);

	List<BadgeSigningKey> findAllByOrderByGenerationDesc();

}
