package org.servewell.hiring;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.servewell.content.ContentLimits;
import org.servewell.content.InterviewKitContent.QuestionKind;
import org.servewell.content.RatingScale;

/**
 * A custom interview kit as HR adjusts it. The annotations hold the rules of each field
 * alone (required text, lengths, weight and threshold ranges), so that a form shows them
 * beside the field; they are the limits the content's kit files have. The rules about the
 * kit as a whole stay with the content's own check of a kit file (see
 * {@link InterviewKitService#saveKit}): how many traits and questions, traits known to
 * the trait model and rated once, so that HR reads those problems as a content author
 * would.
 *
 * @param title shown to HR and interviewers
 * @param forRole the role the kit screens for
 * @param passThreshold the weighted mean rating (1.00-5.00) a candidate should reach,
 * kept to two decimals
 * @param traits the traits the kit rates, in order
 */
public record KitForm(
		@NotBlank(message = "Enter the kit's title.") @Size(max = ContentLimits.MAX_TITLE_LENGTH,
				message = "A title has at most " + ContentLimits.MAX_TITLE_LENGTH + " characters.") String title,
		@NotBlank(message = "Enter the role the kit screens for.") @Size(max = ContentLimits.MAX_AUDIENCE_LENGTH,
				message = "A role has at most " + ContentLimits.MAX_AUDIENCE_LENGTH + " characters.") String forRole,
		@NotNull(message = KitForm.THRESHOLD) @DecimalMin(value = "" + RatingScale.LOWEST,
				message = KitForm.THRESHOLD) @DecimalMax(value = "" + RatingScale.HIGHEST,
						message = KitForm.THRESHOLD) BigDecimal passThreshold,
		@NotNull List<@NotNull @Valid TraitForm> traits) {

	private static final String THRESHOLD = "Enter a pass threshold from " + RatingScale.LOWEST + ".00 to "
			+ RatingScale.HIGHEST + ".00.";

	private static final String WEIGHT = "Give a weight from " + ContentLimits.MIN_WEIGHT + " to "
			+ ContentLimits.MAX_WEIGHT + ".";

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
	public record TraitForm(@NotBlank(message = "Choose the trait to rate.") String traitCode,
			@Min(value = ContentLimits.MIN_WEIGHT, message = KitForm.WEIGHT) @Max(value = ContentLimits.MAX_WEIGHT,
					message = KitForm.WEIGHT) int weight,
			@NotNull List<@NotNull @Valid QuestionForm> questions) {

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
	public record QuestionForm(@NotNull(message = "Choose the kind of question.") QuestionKind kind,
			@NotBlank(message = "Enter the question.") @Size(max = ContentLimits.MAX_STATEMENT_LENGTH,
					message = "A question has at most " + ContentLimits.MAX_STATEMENT_LENGTH
							+ " characters.") String text,
			@NotNull List<@Size(max = ContentLimits.MAX_PROBE_LENGTH,
					message = "A probe has at most " + ContentLimits.MAX_PROBE_LENGTH + " characters.") String> probes,
			@NotBlank(message = "Say what a strong answer sounds like.") @Size(
					max = ContentLimits.MAX_EXPLANATION_LENGTH,
					message = "An example answer has at most " + ContentLimits.MAX_EXPLANATION_LENGTH
							+ " characters.") String strongAnswer,
			@NotBlank(message = "Say what a weak answer sounds like.") @Size(max = ContentLimits.MAX_EXPLANATION_LENGTH,
					message = "An example answer has at most " + ContentLimits.MAX_EXPLANATION_LENGTH
							+ " characters.") String weakAnswer) {

		public QuestionForm {
			probes = (probes != null) ? probes.stream().filter((probe) -> probe != null && !probe.isBlank()).toList()
					: List.of();
		}

	}

}
