package org.servewell.learning;

import java.util.List;

/**
 * How one scenario of a course version's bank performed across submitted attempts.
 * Facility and discrimination are null while the scenario has too few answers to have
 * them (see {@link ItemAnalysisService}).
 *
 * @param scenarioKey the scenario's content id
 * @param title the scenario's title
 * @param answered how many submitted attempts answered it; 0 when it was never drawn or
 * never answered
 * @param facility the mean credit of its answers, 0.0 to 1.0, or null without answers
 * @param discrimination the correlation of its credit with the rest of the attempt, -1.0
 * to 1.0, or null with fewer than two answers or when either does not vary
 * @param options every option in content order, with how often it was chosen
 * @param flags what a trainer should look at, possibly none
 */
public record ItemAnalysis(String scenarioKey, String title, int answered, Double facility, Double discrimination,
		List<OptionPicks> options, List<ItemFlag> flags) {
}
