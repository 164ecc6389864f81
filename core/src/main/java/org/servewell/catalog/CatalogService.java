package org.servewell.catalog;

import java.util.List;

import org.servewell.catalog.domain.CourseVersionRepository;
import org.servewell.people.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What courses Servewell offers.
 */
@Service
public class CatalogService {

	private final CourseVersionRepository versions;

	CatalogService(CourseVersionRepository versions) {
		this.versions = versions;
	}

	/**
	 * Every course with its newest published version, in catalogue order. Open to
	 * everyone signed in.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public List<CourseSummary> listCourses() {
		return this.versions.findNewestVersions()
			.stream()
			.map((row) -> new CourseSummary(row.code(), row.versionNumber(), row.title(), row.summary(), row.audience(),
					row.estimatedMinutes(), row.lessonCount(), row.publishedAt()))
			.toList();
	}

}
