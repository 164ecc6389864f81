package org.servewell.hiring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.servewell.hiring.AgreementReport.InterviewerLeniency;
import org.servewell.hiring.AgreementReport.RatingOffset;
import org.servewell.hiring.AgreementReport.Reliability;
import org.servewell.hiring.AgreementReport.TraitAgreement;
import org.servewell.hiring.TraitRatings.CandidateRatings;
import org.servewell.shared.KrippendorffAlpha;

/**
 * Measures how well interviewers agree on each service trait and how lenient each one is
 * against the panel. Plain arithmetic over the ratings given: no database, no Spring.
 */
public final class InterviewerAgreement {

	/**
	 * The ICC(3,1) from which two interviewers count as ranking candidates alike: the
	 * same 0.800 that Krippendorff asks of alpha before relying on ratings.
	 */
	public static final double OFFSET_CONSISTENCY = Reliability.RELIABLE_FROM;

	/**
	 * The average difference, in rating points, from which one interviewer counts as
	 * rating higher than another: half a step of the 1-5 scale.
	 */
	public static final double OFFSET_POINTS = 0.5;

	private InterviewerAgreement() {
	}

	/** The agreement report for the given traits' ratings. */
	public static AgreementReport measure(List<TraitRatings> traits) {
		List<TraitAgreement> agreements = new ArrayList<>();
		SortedMap<Long, Deviation> overall = new TreeMap<>();
		for (TraitRatings trait : traits) {
			List<Map<Long, Integer>> pairable = trait.candidates()
				.stream()
				.filter(CandidateRatings::isPairable)
				.map(CandidateRatings::ratingsByInterviewer)
				.toList();
			SortedMap<Long, Deviation> onTrait = deviations(pairable);
			onTrait.forEach((interviewer, deviation) -> overall.merge(interviewer, deviation, Deviation::plus));
			agreements.add(traitAgreement(trait, pairable, onTrait));
		}
		return new AgreementReport(agreements, leniencies(overall));
	}

	private static TraitAgreement traitAgreement(TraitRatings trait, List<Map<Long, Integer>> pairable,
			SortedMap<Long, Deviation> deviations) {
		OptionalDouble alpha = KrippendorffAlpha.interval(pairable);
		int ratings = pairable.stream().mapToInt(Map::size).sum();
		Optional<IntraclassCorrelation> icc = fixedPanelIcc(pairable);
		return new TraitAgreement(trait.traitCode(), trait.traitName(), pairable.size(), ratings, alpha,
				icc.map((table) -> finite(table.absoluteAgreement())).orElse(OptionalDouble.empty()),
				icc.map((table) -> finite(table.consistency())).orElse(OptionalDouble.empty()),
				Reliability.of(alpha, pairable.size()), offset(pairable), leniencies(deviations));
	}

	/**
	 * The largest constant offset between two interviewers: over the candidates both
	 * rated, at least {@link AgreementReport#MINIMUM_CANDIDATES}, they rank alike
	 * (ICC(3,1) of the pair at least {@link #OFFSET_CONSISTENCY}) and one rates at least
	 * {@link #OFFSET_POINTS} higher on average.
	 */
	static Optional<RatingOffset> offset(List<Map<Long, Integer>> pairable) {
		SortedMap<Long, SortedMap<Long, List<int[]>>> pairs = new TreeMap<>();
		for (Map<Long, Integer> ratings : pairable) {
			List<Long> interviewers = List.copyOf(new TreeSet<>(ratings.keySet()));
			for (int first = 0; first < interviewers.size(); first++) {
				for (int second = first + 1; second < interviewers.size(); second++) {
					pairs.computeIfAbsent(interviewers.get(first), (id) -> new TreeMap<>())
						.computeIfAbsent(interviewers.get(second), (id) -> new ArrayList<>())
						.add(new int[] { ratings.get(interviewers.get(first)), ratings.get(interviewers.get(second)) });
				}
			}
		}
		List<RatingOffset> offsets = new ArrayList<>();
		pairs.forEach((first, partners) -> partners.forEach((second, shared) -> {
			if (shared.size() < AgreementReport.MINIMUM_CANDIDATES) {
				return;
			}
			double[][] table = shared.stream()
				.map((both) -> new double[] { both[0], both[1] })
				.toArray(double[][]::new);
			double consistency = new IntraclassCorrelation(table).consistency();
			double difference = shared.stream().mapToInt((both) -> both[0] - both[1]).average().orElse(0);
			if (Double.isFinite(consistency) && consistency >= OFFSET_CONSISTENCY
					&& Math.abs(difference) >= OFFSET_POINTS) {
				offsets.add((difference > 0) ? new RatingOffset(first, second, difference, shared.size())
						: new RatingOffset(second, first, -difference, shared.size()));
			}
		}));
		return offsets.stream().max(Comparator.comparingDouble(RatingOffset::points));
	}

	/**
	 * The intraclass correlations where every compared candidate was rated by the same
	 * interviewers: the two-way analysis of variance behind them needs a complete table.
	 */
	private static Optional<IntraclassCorrelation> fixedPanelIcc(List<Map<Long, Integer>> pairable) {
		if (pairable.size() < 2) {
			return Optional.empty();
		}
		Set<Long> panel = pairable.get(0).keySet();
		if (pairable.stream().anyMatch((ratings) -> !ratings.keySet().equals(panel))) {
			return Optional.empty();
		}
		List<Long> judges = List.copyOf(new TreeSet<>(panel));
		double[][] table = pairable.stream()
			.map((ratings) -> judges.stream().mapToDouble(ratings::get).toArray())
			.toArray(double[][]::new);
		return Optional.of(new IntraclassCorrelation(table));
	}

	private static OptionalDouble finite(double value) {
		return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
	}

	/**
	 * Each interviewer's differences from the mean of the others on the same candidate.
	 */
	private static SortedMap<Long, Deviation> deviations(List<Map<Long, Integer>> pairable) {
		SortedMap<Long, Deviation> result = new TreeMap<>();
		for (Map<Long, Integer> ratings : pairable) {
			int sum = ratings.values().stream().mapToInt(Integer::intValue).sum();
			int others = ratings.size() - 1;
			ratings.forEach((interviewer, rating) -> {
				double othersMean = (double) (sum - rating) / others;
				result.merge(interviewer, new Deviation(rating - othersMean, 1), Deviation::plus);
			});
		}
		return result;
	}

	private static List<InterviewerLeniency> leniencies(SortedMap<Long, Deviation> deviations) {
		return deviations.entrySet().stream().map((entry) -> {
			Deviation deviation = entry.getValue();
			return new InterviewerLeniency(entry.getKey(), deviation.total() / deviation.count(), deviation.count());
		}).toList();
	}

	/** A running total of differences from the panel and how many there were. */
	private record Deviation(double total, int count) {

		Deviation plus(Deviation other) {
			return new Deviation(this.total + other.total, this.count + other.count);
		}

	}

}
