package org.servewell.catalog;

import java.util.List;

import org.servewell.content.ContentBundle;
import org.servewell.content.CourseContent;

import org.springframework.boot.test.context.TestComponent;

/**
 * Publishes a course built in a test, for tests of other features that need a quiz they
 * control (for instance one that draws its whole bank). Add it with
 * {@code @Import(TestCourses.class)}.
 */
@TestComponent
public class TestCourses {

	private final ContentImport contentImport;

	TestCourses(ContentImport contentImport) {
		this.contentImport = contentImport;
	}

	/** Publishes the course: its first version, or a new one when its content changed. */
	public void publish(CourseContent course) {
		this.contentImport.importBundle(new ContentBundle(List.of(course), List.of(), List.of(), List.of(), List.of()));
	}

}
