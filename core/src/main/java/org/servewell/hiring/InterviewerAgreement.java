package org.servewell.hiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.servewell.hiring.AgreementReport.InterviewerLeniency;
import org.servewell.hiring.AgreementReport.Reliability;
import org.servewell.hiring.AgreementReport.TraitAgreement;
import org.servewell.hiring.TraitRatings.CandidateRatings;

/**
 * Measures how well interviewers agree on each service trait and how lenient each one is
 * against the panel. Plain arithmetic over the ratings given: no database, no Spring.
 */
public final class InterviewerAgreement {

	private InterviewerAgreement() {
	}

	/** The agreement report for the given traits' ratings, with its readings in words. */
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
		return new AgreementReport(agreements, leniencies(overall), headline(agreements));
	}

	private static TraitAgreement traitAgreement(TraitRatings trait, List<Map<Long, Integer>> pairable,
			SortedMap<Long, Deviation> deviations) {
		OptionalDouble alpha = KrippendorffAlpha.interval(pairable);
		Reliability reliability = Reliability.of(alpha);
		int ratings = pairable.stream().mapToInt(Map::size).sum();
		return new TraitAgreement(trait.traitCode(), trait.traitName(), pairable.size(), ratings, alpha,
				absoluteAgreementIcc(pairable), reliability, leniencies(deviations),
				reading(trait.traitName(), alpha, reliability, pairable));
	}

	/**
	 * ICC(2,1) where every compared candidate was rated by the same interviewers: the
	 * two-way analysis of variance behind it needs a complete table.
	 */
	private static OptionalDouble absoluteAgreementIcc(List<Map<Long, Integer>> pairable) {
		if (pairable.size() < 2) {
			return OptionalDouble.empty();
		}
		Set<Long> panel = pairable.get(0).keySet();
		if (pairable.stream().anyMatch((ratings) -> !ratings.keySet().equals(panel))) {
			return OptionalDouble.empty();
		}
		List<Long> judges = List.copyOf(new TreeSet<>(panel));
		double[][] table = pairable.stream()
			.map((ratings) -> judges.stream().mapToDouble(ratings::get).toArray())
			.toArray(double[][]::new);
		double icc = new IntraclassCorrelation(table).absoluteAgreement();
		return Double.isFinite(icc) ? OptionalDouble.of(icc) : OptionalDouble.empty();
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
			double mean = deviation.total() / deviation.count();
			return new InterviewerLeniency(entry.getKey(), mean, deviation.count(),
					leniencyReading(mean, deviation.count()));
		}).toList();
	}

	private static String leniencyReading(double meanDifference, int ratings) {
		String counted = ratings + ((ratings == 1) ? " rating" : " ratings");
		double shown = Math.round(Math.abs(meanDifference) * 10) / 10.0;
		if (shown == 0) {
			return "Rates in line with the panel on average (" + counted + ").";
		}
		return String.format(Locale.ENGLISH, "Rates %.1f %s %s the panel on average (%s).", shown,
				(shown == 1.0) ? "point" : "points", (meanDifference > 0) ? "above" : "below", counted);
	}

	private static String reading(String traitName, OptionalDouble alpha, Reliability reliability,
			List<Map<Long, Integer>> pairable) {
		if (pairable.isEmpty()) {
			return traitName + ": no candidate was rated by two or more interviewers, so agreement cannot be measured.";
		}
		if (alpha.isEmpty()) {
			return traitName + ": every interviewer gave every compared candidate the same rating, "
					+ "so there is no spread to measure agreement against.";
		}
		String figure = traitName + ": " + alphaFigure(alpha.getAsDouble());
		return switch (reliability) {
			case RELIABLE -> figure + ", reliable: the interviewers' ratings can be relied on.";
			case TENTATIVE -> figure + ", tentative: draw only tentative conclusions from these ratings.";
			case UNRELIABLE ->
				figure + ", unreliable: the interviewers do not rate this trait consistently " + "enough to rely on.";
			case NOT_MEASURABLE -> throw new IllegalStateException("A measured alpha is always rated.");
		};
	}

	private static String alphaFigure(double alpha) {
		return String.format(Locale.ENGLISH, "Krippendorff's alpha %.3f", alpha);
	}

	private static String headline(List<TraitAgreement> traits) {
		List<TraitAgreement> measured = traits.stream().filter((trait) -> trait.alpha().isPresent()).toList();
		if (measured.isEmpty()) {
			return "Too few candidates were rated by two or more interviewers, with any spread in their ratings, "
					+ "to measure agreement.";
		}
		if (measured.size() == 1) {
			return measured.get(0).reading();
		}
		TraitAgreement least = AgreementReport.mostDisputed(measured).orElseThrow();
		return "Interviewers disagree most on " + least.traitName() + " (" + alphaFigure(least.alpha().getAsDouble())
				+ ", " + least.reliability().name().toLowerCase(Locale.ENGLISH).replace('_', ' ') + ").";
	}

	/** A running total of differences from the panel and how many there were. */
	private record Deviation(double total, int count) {

		Deviation plus(Deviation other) {
			return new Deviation(this.total + other.total, this.count + other.count);
		}

	}

}
