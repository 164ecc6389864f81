package org.servewell.web.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.servewell.catalog.CatalogService;
import org.servewell.catalog.CourseSummary;
import org.servewell.catalog.PathSummary;
import org.servewell.people.PeopleService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The course catalogue, onboarding paths and departments: what other resources refer to.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Catalogue", description = "Courses, paths and departments")
class CatalogueApi {

	/**
	 * A department.
	 *
	 * @param name its name, unique ignoring case
	 */
	record Department(String name) {
	}

	private final CatalogService catalog;

	private final PeopleService people;

	CatalogueApi(CatalogService catalog, PeopleService people) {
		this.catalog = catalog;
		this.people = people;
	}

	@GetMapping("/courses")
	@Operation(summary = "Every published course, its newest version")
	List<CourseSummary> courses() {
		return this.catalog.listCourses();
	}

	@GetMapping("/paths")
	@Operation(summary = "Every onboarding path with its courses")
	List<PathSummary> paths() {
		return this.catalog.listPaths();
	}

	@GetMapping("/departments")
	@Operation(summary = "Every department, alphabetically")
	List<Department> departments() {
		return this.people.listDepartments().stream().map(Department::new).toList();
	}

}
