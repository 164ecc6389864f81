package org.servewell.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.servewell.catalog.domain.CourseRepository;
import org.servewell.content.ContentBundle;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.CourseContent;
import org.servewell.content.InterviewKitContent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A content import is one transaction across features. Not transactional itself, so that
 * what the import commits is what the test sees; its own database keeps a failure here
 * from leaking into other tests.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:content-import-rollback;MODE=MySQL;"
		+ "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1")
class ContentImportRollbackTest {

	@Autowired
	ContentImport contentImport;

	@Autowired
	CourseRepository courses;

	@Test
	void interview_kit_that_cannot_be_stored_undoes_the_courses_loaded_with_it() {
		ContentBundle bundled = ContentReader.read(ContentSource.bundled());
		CourseContent first = bundled.courses().get(0);
		CourseContent course = new CourseContent("rolled-back-course", first.title(), first.summary(), first.audience(),
				first.lessons(), first.contentHash(), first.quiz(), first.scenarios(), 0);
		InterviewKitContent kit = bundled.interviewKits().get(0);
		// Longer than its column: the reader refuses this, so only a bundle built in code
		// can reach the database with it.
		InterviewKitContent unstorable = new InterviewKitContent("unstorable-kit", kit.title(), "x".repeat(500),
				kit.passThreshold(), kit.traits());

		assertThatException().isThrownBy(() -> this.contentImport
			.importBundle(new ContentBundle(List.of(course), List.of(), List.of(), List.of(unstorable), List.of())));

		assertThat(this.courses.findByCode("rolled-back-course")).isEmpty();
		assertThat(this.courses.findByCode(first.id())).isPresent();
	}

}
