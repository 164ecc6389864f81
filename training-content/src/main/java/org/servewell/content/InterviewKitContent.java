package org.servewell.content;

import java.util.List;

/**
 * A structured interview for a role: the traits it rates, how much each counts, and the
 * questions that draw them out.
 *
 * @param id stable identifier, also the file name
 * @param title shown to HR and interviewers
 * @param forRole the role the kit screens for
 * @param passThreshold the weighted mean rating (1-5) a candidate should reach
 * @param traits the traits the kit rates, 4 to 8
 */
public record InterviewKitContent(String id, String title, String forRole, double passThreshold,
		List<KitTrait> traits) {

	public InterviewKitContent {
		traits = List.copyOf(traits);
	}

	/**
	 * A trait as one kit rates it.
	 *
	 * @param trait the trait id from the trait model
	 * @param weight relative weight, 1-3
	 * @param questions 2 or 3 questions that draw the trait out
	 */
	public record KitTrait(String trait, int weight, List<InterviewQuestion> questions) {

		public KitTrait {
			questions = List.copyOf(questions);
		}

	}

	/**
	 * One interview question with what good and poor answers sound like.
	 *
	 * @param kind behavioural (a past event) or situational (a hypothetical one)
	 * @param text the question as asked
	 * @param probes follow-up questions, possibly none
	 * @param strongAnswer what a strong answer sounds like
	 * @param weakAnswer what a weak answer sounds like
	 */
	public record InterviewQuestion(QuestionKind kind, String text, List<String> probes, String strongAnswer,
			String weakAnswer) {

		public InterviewQuestion {
			probes = List.copyOf(probes);
		}

	}

	/** Whether a question asks about the past or about a hypothetical situation. */
	public enum QuestionKind {

		/** "Tell me about a time when ...". */
		BEHAVIOURAL,

		/** "What would you do if ...". */
		SITUATIONAL

	}

}
