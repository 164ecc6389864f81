package org.servewell.content;

import java.util.List;

/**
 * One lesson of a course.
 *
 * @param id stable identifier within the course (the Markdown file's name without its
 * extension)
 * @param title shown in the course outline
 * @param markdown the lesson text as Markdown
 * @param sources the essay points the lesson teaches
 */
public record LessonContent(String id, String title, String markdown, List<EssayCitation> sources) {

	public LessonContent {
		sources = List.copyOf(sources);
	}

}
