package org.servewell.reporting;

/**
 * A column of the completion matrix.
 *
 * @param code the course's code
 * @param title its newest title
 */
public record MatrixCourse(String code, String title) {
}
