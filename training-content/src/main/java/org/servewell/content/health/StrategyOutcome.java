package org.servewell.content.health;

import java.util.List;

/**
 * How far a surface strategy gets on one bank under the course's quiz rules.
 *
 * @param strategy the strategy simulated
 * @param meanCreditPercent the expected score of one attempt, 0-100
 * @param passOneAttempt the chance that one attempt reaches the pass mark, 0-1
 * @param passWithinAttempts the chance of passing within the attempts allowed, 0-1
 * (attempts taken as independent draws)
 * @param feeders the scenarios where the strategy earns most, best first: the ones to
 * rewrite first
 * @param risky whether the strategy comes within {@value BankHealth#MARGIN_POINTS} points
 * of the pass mark or passes one attempt {@value BankHealth#RISKY_PASS_PERCENT}% of the
 * time or more
 */
public record StrategyOutcome(SurfaceStrategy strategy, double meanCreditPercent, double passOneAttempt,
		double passWithinAttempts, List<String> feeders, boolean risky) {

	public StrategyOutcome {
		feeders = List.copyOf(feeders);
	}

}
