package org.servewell.learning;

/**
 * One lesson to read.
 *
 * @param courseCode the course's id
 * @param courseTitle its title
 * @param number the lesson's position, 1-based
 * @param lessonCount how many lessons the course has
 * @param title the lesson's title
 * @param markdown the lesson's text (render it sanitised)
 */
public record LessonPage(String courseCode, String courseTitle, int number, int lessonCount, String title,
		String markdown) {
}
