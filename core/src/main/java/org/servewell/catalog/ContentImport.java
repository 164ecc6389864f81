package org.servewell.catalog;

import java.util.ArrayList;
import java.util.List;

import org.servewell.catalog.domain.Course;
import org.servewell.catalog.domain.CourseRepository;
import org.servewell.catalog.domain.CourseVersion;
import org.servewell.catalog.domain.CourseVersionRepository;
import org.servewell.content.ContentBundle;
import org.servewell.content.CourseContent;
import org.servewell.content.LessonContent;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns read content into published course versions: unchanged content (same hash as the
 * newest version) is left alone, changed content becomes a new version, and older
 * versions are kept.
 */
@Component
class ContentImport {

	private final CourseRepository courses;

	private final CourseVersionRepository versions;

	ContentImport(CourseRepository courses, CourseVersionRepository versions) {
		this.courses = courses;
		this.versions = versions;
	}

	/** Imports every course of the bundle in one transaction: all of it or none of it. */
	@Transactional
	ImportResult importBundle(ContentBundle bundle) {
		List<String> published = new ArrayList<>();
		int unchanged = 0;
		for (CourseContent content : bundle.courses()) {
			Course course = this.courses.findByCode(content.id())
				.orElseGet(() -> this.courses.save(new Course(content.id())));
			CourseVersion newest = this.versions.findFirstByCourseOrderByVersionNumberDesc(course).orElse(null);
			if (newest != null && newest.getContentHash().equals(content.contentHash())) {
				unchanged++;
				continue;
			}
			int number = (newest != null) ? newest.getVersionNumber() + 1 : 1;
			CourseVersion version = new CourseVersion(course, number, content.title(), content.summary(),
					content.audience(), content.estimatedMinutes(), content.contentHash(),
					CourseVersion.Origin.BUNDLED);
			for (LessonContent lesson : content.lessons()) {
				version.addLesson(lesson.id(), lesson.title(), lesson.markdown());
			}
			this.versions.save(version);
			published.add(content.id() + " v" + number);
		}
		return new ImportResult(published, unchanged);
	}

	/**
	 * What an import did.
	 *
	 * @param published the course versions it added, as "code vN"
	 * @param unchanged how many courses were already up to date
	 */
	record ImportResult(List<String> published, int unchanged) {
	}

}
