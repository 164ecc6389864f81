package org.servewell.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How candidates added in a period moved through hiring, per position.
 *
 * @param from the first day candidates were added, or null for no lower limit
 * @param to the last day, or null for no upper limit
 * @param positions one funnel per position that had candidates, by name
 */
public record HiringFunnel(LocalDate from, LocalDate to, List<Position> positions) {

	public HiringFunnel {
		positions = List.copyOf(positions);
	}

	/** The funnel of the named position, if it had candidates in the period. */
	public Optional<Position> position(String name) {
		return this.positions.stream().filter((position) -> position.position().equals(name)).findFirst();
	}

	/**
	 * One position's funnel. Each stage counts candidates who reached it, so the counts
	 * shrink from left to right; erased candidates are left out.
	 *
	 * @param position the position as hiring names it
	 * @param candidates candidates added in the period
	 * @param interviewed of those, the ones with at least one submitted scorecard
	 * @param decided the ones with a decision recorded (hire, reject or hold)
	 * @param hired the ones hired
	 * @param medianDaysToDecision the median days from added to the decision that stands,
	 * over the decided ones, or null when none was decided
	 * @param meanDaysToDecision the mean of the same, or null
	 */
	public record Position(String position, int candidates, int interviewed, int decided, int hired,
			Double medianDaysToDecision, Double meanDaysToDecision) {
	}

}
