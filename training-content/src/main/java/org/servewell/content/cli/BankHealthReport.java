package org.servewell.content.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.servewell.content.ContentBundle;
import org.servewell.content.CourseContent;
import org.servewell.content.health.BankHealth;
import org.servewell.content.health.StrategyOutcome;

/**
 * The bank health check in words: per course, what each surface strategy would score
 * ({@code summary}), and a warning for each one that passes too easily
 * ({@code validate}).
 */
final class BankHealthReport {

	private final ContentBundle bundle;

	BankHealthReport(ContentBundle bundle) {
		this.bundle = bundle;
	}

	/** Every course's table: strategy, mean score, pass chances. */
	void printTable(PrintStream out) {
		out.println("Bank health (a learner who never reads the situation, on each course's quiz rules):");
		for (CourseContent course : this.bundle.courses()) {
			out.println("  " + course.id() + " (draws " + course.quiz().scenariosPerAttempt() + " of "
					+ course.scenarios().size() + ", pass mark " + course.quiz().passMark() + "%, "
					+ course.quiz().attemptsAllowed() + " attempts):");
			for (StrategyOutcome outcome : BankHealth.check(course.scenarios(), course.quiz())) {
				out.println(String.format(Locale.ROOT,
						"    %-24s mean %3.0f%%  passes one attempt %3.0f%%, within %d %3.0f%%%s",
						outcome.strategy().id(), outcome.meanCreditPercent(), 100 * outcome.passOneAttempt(),
						course.quiz().attemptsAllowed(), 100 * outcome.passWithinAttempts(),
						outcome.risky() ? "  TOO EASY" : ""));
			}
		}
	}

	/**
	 * A line for each strategy that passes too easily, with what to fix first: a warning,
	 * or a problem at the course's bank when the folder makes bank health an error.
	 */
	List<String> findings() {
		return this.bundle.courses()
			.stream()
			.flatMap((course) -> BankHealth.check(course.scenarios(), course.quiz())
				.stream()
				.filter(StrategyOutcome::risky)
				.map((outcome) -> (this.bundle.bankHealth() == ContentBundle.CheckLevel.ERROR)
						? "courses/" + course.id() + "/course.yaml: bank health: " + finding(course, outcome)
						: "warning: " + course.id() + ": " + finding(course, outcome)))
			.toList();
	}

	private static String finding(CourseContent course, StrategyOutcome outcome) {
		return String.format(Locale.ROOT,
				"a learner who always %s would score %.0f%% on average and pass one attempt %.0f%% of"
						+ " the time (pass mark %d%%); rewrite first: %s",
				outcome.strategy().behaviour(), outcome.meanCreditPercent(), 100 * outcome.passOneAttempt(),
				course.quiz().passMark(), String.join(", ", outcome.feeders()));
	}

}
