package org.servewell.catalog.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The service-trait model.
 */
public interface ServiceTraitRepository extends JpaRepository<ServiceTrait, Long> {

	Optional<ServiceTrait> findByCode(String code);

	List<ServiceTrait> findAllByOrderByDisplayOrderAsc();

}
