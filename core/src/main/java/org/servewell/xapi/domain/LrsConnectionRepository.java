package org.servewell.xapi.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LrsConnectionRepository extends JpaRepository<LrsConnection, Long> {

	/** The LRS, if one is set. */
	default Optional<LrsConnection> find() {
		return findById(LrsConnection.THE_ONE);
	}

	/** The LRS, if one is set and enabled: the only one statements are written for. */
	default Optional<LrsConnection> findEnabled() {
		return find().filter(LrsConnection::isEnabled);
	}

}
