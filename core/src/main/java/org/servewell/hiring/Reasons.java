package org.servewell.hiring;

import java.util.List;

import org.servewell.shared.Said;

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
	static String required(String reason, int maxLength, Said missing) {
		String why = stripped(reason);
		if (why.isEmpty()) {
			throw new HiringRefusedException(missing);
		}
		if (why.length() > maxLength) {
			throw new HiringRefusedException(new Said("hiring.reason-too-long", maxLength));
		}
		return why;
	}

}
