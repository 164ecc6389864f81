package org.servewell.learning;

import java.util.List;

/**
 * One lesson to read.
 *
 * @param courseCode the course's id
 * @param courseTitle its title
 * @param number the lesson's position, 1-based
 * @param lessonCount how many lessons the course has
 * @param title the lesson's title
 * @param markdown the lesson's text (render it sanitised)
 * @param sources the essays the lesson draws on, named by their own titles
 * @param language the language the lesson's words are in, such as "de"
 */
public record LessonPage(String courseCode, String courseTitle, int number, int lessonCount, String title,
		String markdown, List<Source> sources, String language) {

	public LessonPage {
		sources = List.copyOf(sources);
	}

	/**
	 * An essay the lesson draws on.
	 *
	 * @param essay its own title, author and date where it gives them
	 * @param points what the lesson takes from it, in our words
	 */
	public record Source(String essay, List<String> points) {

		public Source {
			points = List.copyOf(points);
		}

	}

}
