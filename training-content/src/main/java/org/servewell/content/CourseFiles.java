package org.servewell.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A course written in the content format, with the lines each lesson and scenario took,
 * so that a problem the reader reports can be shown beside the part it concerns.
 *
 * @param courseId the course's id, also its folder name
 * @param files file texts by path relative to a content root
 * ({@code courses/<id>/course.yaml}, ...)
 * @param spans which lines of which file belong to which lesson or scenario
 */
public record CourseFiles(String courseId, Map<String, String> files, List<Span> spans) {

	public CourseFiles {
		files = Map.copyOf(files);
		spans = List.copyOf(spans);
	}

	/**
	 * The part of the course a problem concerns: a lesson or scenario by position, or the
	 * course's details (title, quiz settings, ...) for anything else in its folder.
	 */
	public Optional<Part> partOf(ContentProblem problem) {
		if (!this.files.containsKey(problem.file())) {
			return Optional.empty();
		}
		return Optional.of(this.spans.stream()
			.filter((span) -> span.file().equals(problem.file()) && problem.line() >= span.fromLine()
					&& problem.line() <= span.toLine())
			.map(Span::part)
			.findFirst()
			.orElse(new Part(Kind.DETAILS, 0)));
	}

	/**
	 * A content source holding these files over another source (for the index, trait
	 * model and essays), so that {@link ContentReader#readCourse} checks them.
	 */
	public ContentSource over(ContentSource base) {
		return new ContentSource() {

			@Override
			public Optional<String> read(String relativePath) {
				String text = CourseFiles.this.files.get(relativePath);
				if (text != null) {
					return Optional.of(text);
				}
				if (relativePath.startsWith("courses/" + CourseFiles.this.courseId + "/")) {
					return Optional.empty();
				}
				return base.read(relativePath);
			}

			@Override
			public String describe() {
				return "course '" + CourseFiles.this.courseId + "'";
			}

		};
	}

	/** What part of a course a span of lines belongs to. */
	public enum Kind {

		/** Title, summary, audience, time, quiz settings, renewal. */
		DETAILS,

		/** One lesson, by position. */
		LESSON,

		/** One scenario of the bank, by position. */
		SCENARIO

	}

	/**
	 * A part of a course.
	 *
	 * @param kind what it is
	 * @param index its 0-based position among lessons or scenarios (0 for details)
	 */
	public record Part(Kind kind, int index) {
	}

	/**
	 * Lines {@code fromLine}-{@code toLine} (1-based, inclusive; 0 stands for the whole
	 * file) of a file belong to a part.
	 *
	 * @param file path relative to the content root
	 * @param fromLine first line
	 * @param toLine last line
	 * @param part the lesson or scenario
	 */
	public record Span(String file, int fromLine, int toLine, Part part) {
	}

}
