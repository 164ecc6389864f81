package org.servewell.learning;

/**
 * How often one option of a scenario was chosen in submitted attempts.
 *
 * @param optionNumber 1-based, in the order of the content file (learners may have seen
 * the options shuffled)
 * @param rating the option's effectiveness rating, 1 (makes it worse) to 4 (best)
 * @param picked how many answers chose it
 * @param share picked as a share of the scenario's answers, 0.0 to 1.0; 0.0 when it has
 * none
 */
public record OptionPicks(int optionNumber, int rating, int picked, double share) {
}
