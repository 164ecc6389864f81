package org.servewell.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servewell.catalog.domain.CourseRepository;
import org.servewell.catalog.domain.CourseVersion;
import org.servewell.catalog.domain.CourseVersionRepository;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
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

	@TempDir
	Path folder;

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
		writeCourse("First text.");
		this.contentImport.importBundle(ContentReader.read(ContentSource.directory(this.folder)));

		ContentImport.ImportResult again = this.contentImport
			.importBundle(ContentReader.read(ContentSource.directory(this.folder)));

		assertThat(again.published()).isEmpty();
		assertThat(again.unchanged()).isEqualTo(1);
		assertThat(
				this.versions.findByCourseOrderByVersionNumberAsc(this.courses.findByCode("test-course").orElseThrow()))
			.hasSize(1);
	}

	@Test
	void changed_content_becomes_a_new_version_and_the_old_one_stays() {
		writeCourse("First text.");
		this.contentImport.importBundle(ContentReader.read(ContentSource.directory(this.folder)));
		writeCourse("Better text.");

		ContentImport.ImportResult result = this.contentImport
			.importBundle(ContentReader.read(ContentSource.directory(this.folder)));

		assertThat(result.published()).containsExactly("test-course v2");
		var all = this.versions
			.findByCourseOrderByVersionNumberAsc(this.courses.findByCode("test-course").orElseThrow());
		assertThat(all).extracting(CourseVersion::getVersionNumber).containsExactly(1, 2);
		assertThat(all.get(0).getLessons().get(0).getBodyMarkdown()).isEqualTo("First text.");
		assertThat(all.get(1).getLessons().get(0).getBodyMarkdown()).isEqualTo("Better text.");
	}

	private void writeCourse(String lesson) {
		try {
			write("content.yaml", "courses:\n  - test-course\n");
			write("courses/test-course/course.yaml", """
					id: test-course
					title: Test course
					summary: For the catalogue test.
					audience: Testers
					estimatedMinutes: 5
					lessons:
					  - file: 01-one.md
					    title: One
					""");
			write("courses/test-course/01-one.md", lesson);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void write(String path, String text) throws IOException {
		Path file = this.folder.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

}
