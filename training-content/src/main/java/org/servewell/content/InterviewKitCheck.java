package org.servewell.content;

import java.util.List;
import java.util.Optional;

/**
 * What {@link ContentReader#checkInterviewKit} found in one kit.
 *
 * @param kit the kit as the content reader reads it (texts stripped), present only when
 * there are no problems
 * @param problems every problem, in the order of the kit
 */
public record InterviewKitCheck(Optional<InterviewKitContent> kit, List<Problem> problems) {

	public InterviewKitCheck {
		problems = List.copyOf(problems);
	}

	/** Whether the kit passes every rule. */
	public boolean isValid() {
		return this.problems.isEmpty();
	}

	/**
	 * One thing wrong with the kit.
	 *
	 * @param traitIndex the 0-based position of the trait it concerns, or -1 when it
	 * concerns the kit as a whole (title, role, threshold, how many traits)
	 * @param message what is wrong and what to do about it
	 */
	public record Problem(int traitIndex, String message) {

		/** Marks a problem with the kit as a whole. */
		public static final int WHOLE_KIT = -1;

	}

}
