package org.servewell.content;

import java.util.List;

/**
 * Everything a content folder holds, read and checked.
 *
 * @param courses the courses in the order {@code content.yaml} lists them
 */
public record ContentBundle(List<CourseContent> courses) {

	public ContentBundle {
		courses = List.copyOf(courses);
	}

}
