package org.servewell.content.health;

import java.util.List;

import org.servewell.content.ScenarioContent;

/**
 * A way to choose an option without weighing the situation: from the options' surface
 * (length, how many things they do, words they repeat). New strategies are added by
 * implementing this and listing them in {@link SurfaceStrategies#all()}.
 */
public interface SurfaceStrategy {

	/** A short identifier, as used in reports: "longest". */
	String id();

	/**
	 * What a learner following it does, to complete "a learner who always ..." (for
	 * example "picks the longest option").
	 */
	String behaviour();

	/**
	 * The chance of choosing each of the scenario's options, in their order; they sum to
	 * 1. A learner who sees a tie between options is taken to pick among them at random.
	 */
	double[] choiceChances(ScenarioContent scenario);

	/**
	 * Chances spread evenly over the options with the highest score (a tie is a random
	 * pick among the tied).
	 */
	static double[] highest(List<Double> scores) {
		double best = scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
		long tied = scores.stream().filter((score) -> score == best).count();
		double[] chances = new double[scores.size()];
		for (int i = 0; i < chances.length; i++) {
			chances[i] = (scores.get(i) == best) ? 1.0 / tied : 0;
		}
		return chances;
	}

}
