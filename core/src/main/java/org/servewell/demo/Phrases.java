package org.servewell.demo;

/**
 * What a demo interviewer writes: the evidence for a rating and the note with a
 * recommendation, in the kit's terms, short as real panel notes are.
 */
final class Phrases {

	private static final String[] EVIDENCE = { "Could not give an example; described customers as the problem.",
			"A vague example; what they did themselves stayed unclear.",
			"A real example, handled adequately; needed prompting for the outcome.",
			"A specific example with what they said and why; owned the outcome.",
			"A vivid, specific example; went back to check the customer was alright afterwards." };

	private Phrases() {
	}

	static String evidence(int rating) {
		return EVIDENCE[Math.max(1, Math.min(5, rating)) - 1];
	}

	static String overall(String recommendation) {
		return switch (recommendation) {
			case "STRONG_YES" -> "Consistently specific and customer-focused. Would hire.";
			case "YES" -> "Solid on most traits; one or two answers thin. Would hire.";
			case "NO" -> "Friendly, but the examples stayed general. Not yet.";
			default -> "Did not show the behaviours the kit looks for.";
		};
	}

}
