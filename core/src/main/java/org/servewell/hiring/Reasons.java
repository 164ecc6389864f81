package org.servewell.hiring;

import java.util.List;

/**
 * The reason a person gives for a decision, an amendment or an erasure: required, and no
 * longer than its column. One rule for every reason screening asks for.
 */
final class Reasons {

	private Reasons() {
	}

	/** The reason as kept: stripped, empty when none was given. */
	static String stripped(String reason) {
		return (reason != null) ? reason.strip() : "";
	}

	/**
	 * What is wrong with a stripped reason, if anything.
	 * @param missing what to say when none was given
	 */
	static List<String> problems(String stripped, int maxLength, String missing) {
		if (stripped.isEmpty()) {
			return List.of(missing);
		}
		return (stripped.length() > maxLength) ? List.of("A reason has at most " + maxLength + " characters.")
				: List.of();
	}

	/**
	 * The reason stripped, refused when it is missing or too long.
	 * @param missing what to say when none was given
	 */
	static String required(String reason, int maxLength, String missing) {
		String why = stripped(reason);
		List<String> problems = problems(why, maxLength, missing);
		if (!problems.isEmpty()) {
			throw new HiringRefusedException(problems.get(0));
		}
		return why;
	}

}
