package org.servewell.hiring;

import java.math.BigDecimal;
import java.util.List;

import org.servewell.content.InterviewKitContent.QuestionKind;

/**
 * The newest version of an interview kit, everything an interviewer works from. Only HR
 * and administrators see kits: the strong and weak answers would coach a candidate.
 *
 * @param code the kit's stable id
 * @param origin bundled with the content, or copied and adjusted by HR
 * @param retired whether HR retired the kit, so that no new interview uses it
 * @param versionNumber the version's number
 * @param title shown to HR and interviewers
 * @param forRole the role the kit screens for
 * @param passThreshold the weighted mean rating (1-5) a candidate should reach
 * @param traits the traits the kit rates, in the kit's order
 */
public record InterviewKitDetails(String code, KitOrigin origin, boolean retired, int versionNumber, String title,
		String forRole, BigDecimal passThreshold, List<RatedTrait> traits) {

	public InterviewKitDetails {
		traits = List.copyOf(traits);
	}

	/**
	 * A trait as the kit rates it.
	 *
	 * @param traitCode the trait's id in the trait model
	 * @param traitName the trait's name in the trait model
	 * @param weight relative weight, 1-3
	 * @param questions the questions that draw the trait out
	 */
	public record RatedTrait(String traitCode, String traitName, int weight, List<Question> questions) {

		public RatedTrait {
			questions = List.copyOf(questions);
		}

	}

	/**
	 * One interview question.
	 *
	 * @param kind behavioural (a past event) or situational (a hypothetical one)
	 * @param text the question as asked
	 * @param probes follow-up questions, possibly none
	 * @param strongAnswer what a strong answer sounds like
	 * @param weakAnswer what a weak answer sounds like
	 */
	public record Question(QuestionKind kind, String text, List<String> probes, String strongAnswer,
			String weakAnswer) {

		public Question {
			probes = List.copyOf(probes);
		}

	}

}
