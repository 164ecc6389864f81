package org.servewell.catalog;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servewell.catalog.domain.CourseRepository;
import org.servewell.catalog.domain.CourseVersion;
import org.servewell.catalog.domain.CourseVersionRepository;
import org.servewell.content.ContentBundle;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.CourseContent;
import org.servewell.content.LessonContent;
import org.servewell.people.Roles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Loading content into the catalogue and listing it, against a real database. Subclasses
 * choose the database.
 */
@SpringBootTest
@Transactional
abstract class CatalogTests {

	@Autowired
	CatalogService catalog;

	@Autowired
	ContentImport contentImport;

	@Autowired
	CourseRepository courses;

	@Autowired
	CourseVersionRepository versions;

	private static final String TEST_COURSE = "test-course";

	@Test
	@WithMockUser(roles = Roles.LEARNER)
	void learner_sees_the_bundled_courses_loaded_at_start_up_with_their_lesson_counts() {
		var bundled = ContentReader.read(ContentSource.bundled()).courses();

		assertThat(this.catalog.listCourses()).hasSize(bundled.size()).first().satisfies((course) -> {
			assertThat(course.code()).isEqualTo(bundled.get(0).id());
			assertThat(course.title()).isEqualTo(bundled.get(0).title());
			assertThat(course.lessonCount()).isEqualTo(bundled.get(0).lessons().size());
		});
	}

	@Test
	void catalogue_is_closed_to_anyone_not_signed_in() {
		assertThatExceptionOfType(AuthenticationCredentialsNotFoundException.class)
			.isThrownBy(() -> this.catalog.listCourses());
	}

	@Test
	void loading_unchanged_content_again_changes_nothing() {
		this.contentImport.importBundle(bundleWith(course("First text.")));

		ContentImport.ImportResult again = this.contentImport.importBundle(bundleWith(course("First text.")));

		assertThat(again.published()).isEmpty();
		assertThat(again.unchanged()).isEqualTo(1);
		assertThat(
				this.versions.findByCourseOrderByVersionNumberAsc(this.courses.findByCode(TEST_COURSE).orElseThrow()))
			.hasSize(1);
	}

	@Test
	void changed_content_becomes_a_new_version_and_the_old_one_stays() {
		this.contentImport.importBundle(bundleWith(course("First text.")));

		ContentImport.ImportResult result = this.contentImport.importBundle(bundleWith(course("Better text.")));

		assertThat(result.published()).containsExactly(TEST_COURSE + " v2");
		var all = this.versions.findByCourseOrderByVersionNumberAsc(this.courses.findByCode(TEST_COURSE).orElseThrow());
		assertThat(all).extracting(CourseVersion::getVersionNumber).containsExactly(1, 2);
		assertThat(all.get(0).getLessons().get(0).getBodyMarkdown()).isEqualTo("First text.");
		assertThat(all.get(1).getLessons().get(0).getBodyMarkdown()).isEqualTo("Better text.");
	}

	/**
	 * The first bundled course under another id, with its first lesson's text replaced
	 * and hashed as the reader would.
	 */
	private static CourseContent course(String firstLesson) {
		CourseContent bundled = ContentReader.read(ContentSource.bundled()).courses().get(0);
		List<LessonContent> lessons = new ArrayList<>(bundled.lessons());
		LessonContent first = lessons.get(0);
		lessons.set(0, new LessonContent(first.id(), first.title(), firstLesson, first.sources()));
		return new CourseContent(TEST_COURSE, bundled.title(), bundled.summary(), bundled.audience(),
				bundled.estimatedMinutes(), lessons, Integer.toHexString(firstLesson.hashCode()), bundled.quiz(),
				bundled.scenarios());
	}

	private static ContentBundle bundleWith(CourseContent course) {
		return new ContentBundle(List.of(course), List.of(), List.of(), List.of(), List.of());
	}

}
