package org.servewell.learning;

/**
 * How a learner did on the scenarios that exercise one service trait, across their
 * submitted attempts.
 *
 * @param traitCode the trait's id
 * @param traitName its name
 * @param percent mean credit on those scenarios, 0-100
 * @param answered how many such scenarios they answered
 */
public record TraitResult(String traitCode, String traitName, int percent, int answered) {
}
