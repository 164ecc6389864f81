package org.servewell.content;

import java.util.List;

/**
 * One course as its folder describes it.
 *
 * @param id stable identifier, also the folder name
 * @param title shown to learners
 * @param summary one or two sentences on what the course teaches
 * @param audience who the course is for
 * @param estimatedMinutes how long it takes, roughly
 * @param lessons the lessons in reading order
 * @param contentHash SHA-256 over everything above and the lesson texts; unchanged
 * content keeps its hash
 */
public record CourseContent(String id, String title, String summary, String audience, int estimatedMinutes,
		List<LessonContent> lessons, String contentHash) {

	public CourseContent {
		lessons = List.copyOf(lessons);
	}

}
