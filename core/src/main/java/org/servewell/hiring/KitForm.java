package org.servewell.hiring;

import java.math.BigDecimal;
import java.util.List;

import org.servewell.content.InterviewKitContent.QuestionKind;

/**
 * A custom interview kit as HR adjusts it. It is checked by the rules the kit files of
 * the content pass (see {@link InterviewKitService#saveKit}), not by Bean Validation, so
 * that HR reads the same problems a content author would; missing values are reported
 * there, not refused here.
 *
 * @param title shown to HR and interviewers
 * @param forRole the role the kit screens for
 * @param passThreshold the weighted mean rating (1.00-5.00) a candidate should reach,
 * kept to two decimals
 * @param traits the traits the kit rates, in order
 */
public record KitForm(String title, String forRole, BigDecimal passThreshold, List<TraitForm> traits) {

	public KitForm {
		traits = (traits != null) ? List.copyOf(traits) : List.of();
	}

	/** The form of a kit's newest version, to start editing from. */
	public static KitForm of(InterviewKitDetails kit) {
		return new KitForm(kit.title(), kit.forRole(), kit.passThreshold(),
				kit.traits()
					.stream()
					.map((trait) -> new TraitForm(trait.traitCode(), trait.weight(),
							trait.questions()
								.stream()
								.map((question) -> new QuestionForm(question.kind(), question.text(), question.probes(),
										question.strongAnswer(), question.weakAnswer()))
								.toList()))
					.toList());
	}

	/**
	 * A trait the kit rates.
	 *
	 * @param traitCode the trait's id in the trait model
	 * @param weight relative weight, 1-3
	 * @param questions the questions that draw it out, in order
	 */
	public record TraitForm(String traitCode, int weight, List<QuestionForm> questions) {

		public TraitForm {
			questions = (questions != null) ? List.copyOf(questions) : List.of();
		}

	}

	/**
	 * One question.
	 *
	 * @param kind behavioural or situational
	 * @param text the question as asked
	 * @param probes follow-up questions; blank ones are dropped
	 * @param strongAnswer what a strong answer sounds like
	 * @param weakAnswer what a weak answer sounds like
	 */
	public record QuestionForm(QuestionKind kind, String text, List<String> probes, String strongAnswer,
			String weakAnswer) {

		public QuestionForm {
			probes = (probes != null) ? probes.stream().filter((probe) -> probe != null && !probe.isBlank()).toList()
					: List.of();
		}

	}

}
