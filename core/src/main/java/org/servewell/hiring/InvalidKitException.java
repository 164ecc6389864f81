package org.servewell.hiring;

import java.util.List;

import org.servewell.content.InterviewKitCheck;

/**
 * A kit refused because it breaks the rules of the kit files; every problem is listed,
 * each placed on the trait it concerns. Nothing was saved.
 */
public class InvalidKitException extends HiringRefusedException {

	private final transient List<InterviewKitCheck.Problem> placed;

	public InvalidKitException(List<InterviewKitCheck.Problem> placed) {
		super("Nothing was saved: the kit has " + placed.size() + " problem(s) to fix.",
				placed.stream().map(InterviewKitCheck.Problem::message).toList());
		this.placed = List.copyOf(placed);
	}

	/**
	 * Each problem with the position of the trait it concerns, or -1 for the whole kit.
	 */
	public List<InterviewKitCheck.Problem> placed() {
		return this.placed;
	}

}
