package org.servewell.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a content folder cannot be read; carries every problem found, not only the
 * first.
 */
public class ContentException extends RuntimeException {

	private final transient List<ContentProblem> problems;

	public ContentException(List<ContentProblem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	public List<ContentProblem> problems() {
		return this.problems;
	}

	private static String describe(List<ContentProblem> problems) {
		return problems.size() + " problem(s) in the training content:\n"
				+ problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
	}

}
