package org.servewell.learning;

import java.util.List;

/**
 * A learner's home: their paths, their courses with what to do next, and their results by
 * service trait.
 *
 * @param learnerName how to greet them
 * @param paths their onboarding paths
 * @param courses their courses, soonest due first
 * @param traits their results per service trait
 */
public record MyLearning(String learnerName, List<LearnerPath> paths, List<LearnerCourse> courses,
		List<TraitResult> traits) {
}
