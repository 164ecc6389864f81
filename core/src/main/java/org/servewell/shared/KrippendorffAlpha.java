package org.servewell.shared;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;

/**
 * Krippendorff's alpha for interval data: 1 - D_o / D_e, where D_o is the mean squared
 * difference between ratings of the same unit (pairs within a unit, weighted by 1 / (m_u
 * - 1) for a unit with m_u ratings) and D_e the mean squared difference between any two
 * pairable ratings (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011). It
 * allows missing ratings and any number of raters. Hiring measures interviewers over
 * candidates with it; the studio measures trainers keying a scenario bank's options.
 * <p>
 * The coincidence counting and the interval distance come from DKPro Statistics (TU
 * Darmstadt, Apache 2.0): a small library with no runtime dependencies whose own tests
 * reproduce Krippendorff's published figures, so there is no formula of ours to get
 * wrong. Two of its edge cases are handled here instead: candidates with fewer than two
 * ratings are dropped before it sees them (they form no pair), and data without any
 * variation are reported as undefined (alpha is 0/0 there) rather than left to the
 * library, which throws or answers 0.
 */
public final class KrippendorffAlpha {

	private KrippendorffAlpha() {
	}

	/**
	 * Alpha over the units' ratings (candidates, options), each map from rater to rating;
	 * empty when no two ratings of a unit can be compared or every comparable rating is
	 * the same.
	 */
	public static OptionalDouble interval(List<Map<Long, Integer>> candidates) {
		List<Map<Long, Integer>> pairable = candidates.stream().filter((ratings) -> ratings.size() >= 2).toList();
		boolean varies = pairable.stream().flatMap((ratings) -> ratings.values().stream()).distinct().count() >= 2;
		if (!varies) {
			return OptionalDouble.empty();
		}
		List<Long> interviewers = List
			.copyOf(new TreeSet<>(pairable.stream().flatMap((ratings) -> ratings.keySet().stream()).toList()));
		CodingAnnotationStudy study = new CodingAnnotationStudy(interviewers.size());
		for (Map<Long, Integer> ratings : pairable) {
			// The library's interval distance is the squared difference only for Integer
			// values.
			study.addItemAsArray(interviewers.stream().map(ratings::get).toArray());
		}
		return OptionalDouble
			.of(new KrippendorffAlphaAgreement(study, new IntervalDistanceFunction()).calculateAgreement());
	}

}
