package org.servewell.content;

/**
 * One lesson of a course.
 *
 * @param id stable identifier within the course (the Markdown file's name without its
 * extension)
 * @param title shown in the course outline
 * @param markdown the lesson text as Markdown
 */
public record LessonContent(String id, String title, String markdown) {
}
