package org.servewell.content.health;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.servewell.content.OptionContent;
import org.servewell.content.QuizSettings;
import org.servewell.content.ScenarioContent;

/**
 * Simulates surface strategies over a scenario bank with a course's quiz rules, exactly
 * rather than by sampling: an attempt draws {@code scenariosPerAttempt} scenarios from
 * the bank, each set equally likely, and a chosen option earns the credit its rating
 * gives (0, 1/3, 2/3 or 1, as the quiz scores it). Summing over every set of scenarios
 * with a generating polynomial gives the chance of each total, hence of passing, in
 * O(bank x drawn x credit) steps.
 * <p>
 * Two simplifications, both documented in training-content/README.md: the quiz's real
 * draw spreads an attempt over the bank's traits and prefers scenarios a learner has not
 * seen, and later attempts are taken as independent of the first.
 */
public final class BankHealth {

	/** A strategy this close to the pass mark, in points, passes too easily. */
	public static final int MARGIN_POINTS = 10;

	/** A strategy passing one attempt this often, in percent, passes too easily. */
	public static final int RISKY_PASS_PERCENT = 20;

	/** How many scenarios a report names as feeding a strategy. */
	static final int FEEDERS_NAMED = 5;

	/** Credit is counted in thirds: a rating of 1 to 4 earns 0 to 3 units. */
	private static final int UNITS = OptionContent.BEST_RATING - OptionContent.WORST_RATING;

	private BankHealth() {
	}

	/** Every built-in strategy's outcome on the bank, in report order. */
	public static List<StrategyOutcome> check(List<ScenarioContent> bank, QuizSettings rules) {
		return SurfaceStrategies.all().stream().map((strategy) -> simulate(bank, rules, strategy)).toList();
	}

	/** One strategy's outcome on the bank. */
	public static StrategyOutcome simulate(List<ScenarioContent> bank, QuizSettings rules, SurfaceStrategy strategy) {
		if (bank.isEmpty()) {
			return new StrategyOutcome(strategy, 0, 0, 0, List.of(), false);
		}
		int drawn = Math.min(rules.scenariosPerAttempt(), bank.size());
		List<double[]> credits = bank.stream().map((scenario) -> creditChances(scenario, strategy)).toList();
		double mean = credits.stream().mapToDouble(BankHealth::expectedUnits).average().orElse(0) / UNITS;
		double passOne = passChance(credits, drawn, rules);
		double passWithin = 1 - Math.pow(1 - passOne, rules.attemptsAllowed());
		double meanPercent = 100 * mean;
		boolean risky = meanPercent >= rules.passMark() - MARGIN_POINTS || 100 * passOne >= RISKY_PASS_PERCENT;
		return new StrategyOutcome(strategy, meanPercent, passOne, passWithin, feeders(bank, credits), risky);
	}

	/** The chance of earning 0, 1, 2 or 3 units of credit on the scenario. */
	private static double[] creditChances(ScenarioContent scenario, SurfaceStrategy strategy) {
		double[] choice = strategy.choiceChances(scenario);
		double[] units = new double[UNITS + 1];
		for (int i = 0; i < choice.length; i++) {
			units[scenario.options().get(i).rating() - OptionContent.WORST_RATING] += choice[i];
		}
		return units;
	}

	private static double expectedUnits(double[] units) {
		double expected = 0;
		for (int unit = 0; unit < units.length; unit++) {
			expected += unit * units[unit];
		}
		return expected;
	}

	/**
	 * The chance that a uniformly drawn set of {@code drawn} scenarios scores at least
	 * the pass mark, rounding the percentage as the quiz does.
	 */
	static double passChance(List<double[]> credits, int drawn, QuizSettings rules) {
		int maxUnits = drawn * UNITS;
		// ways[j][s]: over the scenarios seen so far, the summed chance of every set of j
		// of them earning s units in all (each set weighted 1, each credit by its
		// chance).
		double[][] ways = new double[drawn + 1][maxUnits + 1];
		ways[0][0] = 1;
		for (double[] scenario : credits) {
			for (int j = drawn; j >= 1; j--) {
				for (int s = maxUnits; s >= 0; s--) {
					double add = 0;
					for (int unit = 0; unit <= UNITS && unit <= s; unit++) {
						add += ways[j - 1][s - unit] * scenario[unit];
					}
					ways[j][s] += add;
				}
			}
		}
		double sets = 0;
		double passing = 0;
		for (int s = 0; s <= maxUnits; s++) {
			sets += ways[drawn][s];
			if (rules.passes((int) Math.round(100.0 * s / maxUnits))) {
				passing += ways[drawn][s];
			}
		}
		return (sets == 0) ? 0 : passing / sets;
	}

	private static List<String> feeders(List<ScenarioContent> bank, List<double[]> credits) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < bank.size(); i++) {
			if (expectedUnits(credits.get(i)) >= UNITS - 1) {
				order.add(i);
			}
		}
		order.sort(Comparator.comparingDouble((Integer i) -> -expectedUnits(credits.get(i))));
		return order.stream().limit(FEEDERS_NAMED).map((i) -> bank.get(i).id()).toList();
	}

}
