package org.servewell.people.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Departments by name.
 */
public interface DepartmentRepository extends JpaRepository<Department, Long> {

	Optional<Department> findByNameIgnoreCase(String name);

	List<Department> findAllByOrderByNameAsc();

}
