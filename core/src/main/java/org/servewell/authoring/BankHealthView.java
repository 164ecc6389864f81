package org.servewell.authoring;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.servewell.content.QuizSettings;
import org.servewell.content.health.BankHealth;
import org.servewell.content.health.SimilarScenarios;

/**
 * Whether a draft's scenario bank measures judgement or test-wiseness: how far a learner
 * who never reads the situation (always picking the longest option, say) would get with
 * the draft's own quiz rules, and which scenarios to rewrite first. The studio's "Bank
 * health" panel shows it; the content format's {@code validate} runs the same check.
 * <p>
 * It names scenarios by the draft's parts, with their titles, rather than by content id
 * as the check does: a draft can hold two scenarios with one id until the trainer fixes
 * it, and the studio opens a scenario by its part.
 *
 * @param verdict what the figures add up to
 * @param quiz the quiz rules simulated: the draft's, as the trainer set them
 * @param scenariosChecked the complete scenarios the check simulated
 * @param scenariosSkipped scenarios left out because they cannot be answered yet (fewer
 * than {@value #MIN_OPTIONS} options, an option not rated, or none rated best)
 * @param strategies every surface strategy's outcome, in report order
 * @param fixFirst the scenarios that feed the risky strategies most, the ones to rewrite
 * first; empty when nothing is risky
 * @param sameDilemmas scenarios of the draft that set the same dilemma as another
 * scenario, in the draft or in another course's newest version, most alike first
 * @param retoldLessons scenarios of the draft that retell an example of its own lessons,
 * most alike first
 */
public record BankHealthView(Verdict verdict, QuizSettings quiz, int scenariosChecked, int scenariosSkipped,
		List<Strategy> strategies, List<Scenario> fixFirst, List<SameDilemma> sameDilemmas,
		List<RetoldLesson> retoldLessons) {

	/** The similarity from which two scenarios set the same dilemma, 0-1. */
	public static final double SAME_DILEMMA_THRESHOLD = SimilarScenarios.DUPLICATE_THRESHOLD;

	/** A strategy this close to the pass mark, in points, passes too easily. */
	public static final int MARGIN_POINTS = BankHealth.MARGIN_POINTS;

	/** A strategy passing one attempt this often, in percent, passes too easily. */
	public static final int RISKY_PASS_PERCENT = BankHealth.RISKY_PASS_PERCENT;

	/** Fewest options a scenario needs before it is checked (the format's minimum). */
	public static final int MIN_OPTIONS = 3;

	public BankHealthView {
		strategies = List.copyOf(strategies);
		fixFirst = List.copyOf(fixFirst);
		sameDilemmas = List.copyOf(sameDilemmas);
		retoldLessons = List.copyOf(retoldLessons);
	}

	/**
	 * What the check shows a trainer keying the draft blind: nothing that follows from
	 * its ratings.
	 */
	static BankHealthView hiddenWhileKeying(QuizSettings quiz) {
		return new BankHealthView(Verdict.HIDDEN_WHILE_KEYING, quiz, 0, 0, List.of(), List.of(), List.of(), List.of());
	}

	/** The strategies that pass too easily, the most successful first. */
	public List<Strategy> risky() {
		return this.strategies.stream()
			.filter(Strategy::risky)
			.sorted(Comparator.comparingDouble(Strategy::passOneAttempt)
				.thenComparingDouble(Strategy::meanCreditPercent)
				.reversed())
			.toList();
	}

	/** The strategy with the highest mean credit, if any scenario was checked. */
	public Optional<Strategy> strongest() {
		return (this.scenariosChecked == 0) ? Optional.empty()
				: this.strategies.stream().max(Comparator.comparingDouble(Strategy::meanCreditPercent));
	}

	/** What a bank's figures add up to. */
	public enum Verdict {

		/** No scenario of the draft is complete enough to be answered. */
		NOTHING_TO_CHECK,

		/** No surface strategy comes near the pass mark. */
		MEASURES_JUDGEMENT,

		/** At least one surface strategy passes too easily. */
		TOO_EASY,

		/**
		 * The signed-in trainer is keying the draft: the figures follow from its ratings,
		 * so they are hidden until the trainer submits their key.
		 */
		HIDDEN_WHILE_KEYING

	}

	/**
	 * How far one surface strategy gets on the bank.
	 *
	 * @param id a short identifier, as the content reports use it: "longest"
	 * @param behaviour what a learner following it does, completing "a learner who always
	 * ...": "picks the longest option"
	 * @param meanCreditPercent the expected score of one attempt, 0-100
	 * @param passOneAttempt the chance that one attempt reaches the pass mark, 0-1
	 * @param passWithinAttempts the chance of passing within the attempts allowed, 0-1
	 * @param risky whether it comes within {@value #MARGIN_POINTS} points of the pass
	 * mark or passes one attempt {@value #RISKY_PASS_PERCENT}% of the time or more
	 * @param feeders the scenarios where it earns most, best first
	 */
	public record Strategy(String id, String behaviour, double meanCreditPercent, double passOneAttempt,
			double passWithinAttempts, boolean risky, List<Scenario> feeders) {

		public Strategy {
			feeders = List.copyOf(feeders);
		}

	}

	/**
	 * A scenario of the draft, as the check names it.
	 *
	 * @param id the scenario's id in the draft, to open it in the editor
	 * @param key its id in the content format
	 * @param title its title
	 */
	public record Scenario(long id, String key, String title) {
	}

	/**
	 * A scenario of the draft that sets the same dilemma as another, so that a learner
	 * would meet it twice.
	 *
	 * @param scenario the draft's scenario
	 * @param other the other scenario; its id is 0 when it is in another course
	 * @param otherCourse the other course's title; empty when both are in the draft
	 * @param similarity 0-1, at least {@link #SAME_DILEMMA_THRESHOLD}
	 */
	public record SameDilemma(Scenario scenario, Scenario other, String otherCourse, double similarity) {

		/** Whether both scenarios are in the draft's bank. */
		public boolean sameBank() {
			return this.otherCourse.isEmpty();
		}

	}

	/**
	 * A scenario of the draft that retells an example from one of its lessons, so that a
	 * learner who remembers the lesson answers without judging.
	 *
	 * @param scenario the draft's scenario
	 * @param lessonTitle the lesson it retells
	 * @param similarity 0-1
	 * @param sharedNames people both name with a title ("Hassan"), which lowers the bar
	 */
	public record RetoldLesson(Scenario scenario, String lessonTitle, double similarity, List<String> sharedNames) {

		public RetoldLesson {
			sharedNames = List.copyOf(sharedNames);
		}

	}

}
