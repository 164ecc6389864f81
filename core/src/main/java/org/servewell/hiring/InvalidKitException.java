package org.servewell.hiring;

import java.util.List;

import org.servewell.content.InterviewKitCheck;
import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/**
 * A kit refused because it breaks the rules of the kit files; every problem is listed,
 * each placed on the trait it concerns. Nothing was saved. (Not a
 * {@link HiringRefusedException}: it is the person's input that is wrong, not the
 * action.)
 */
public class InvalidKitException extends Refusal.Invalid {

	private final transient List<InterviewKitCheck.Problem> placed;

	public InvalidKitException(List<InterviewKitCheck.Problem> placed) {
		super(new Said("hiring.kit-problems", placed.size()),
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
