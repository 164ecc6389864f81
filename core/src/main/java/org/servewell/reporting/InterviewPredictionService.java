package org.servewell.reporting;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.servewell.content.OptionContent;
import org.servewell.people.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Does the interview predict learning: for hires who were interviewed and have since
 * submitted quizzes, the correlation between what the interviewers rated on each service
 * trait and how the hire then did on that trait's scenarios, per trait and per
 * interviewer (decision 0018). For HR only, as candidates are.
 * <p>
 * A hire's <em>interview rating</em> on a trait is the panel's: the mean of the
 * interviewers' ratings (1 to 5). Their <em>quiz result</em> on the trait is learning's
 * trait result: the mean credit (0 to 1) of the trait's scenarios in their submitted
 * attempts. Per interviewer, each hire they rated gives one pair: the interviewer's mean
 * rating over the traits they rated that the hire has results for, against the hire's
 * mean result over the same traits; so each figure counts people, not ratings.
 */
@Service
public class InterviewPredictionService {

	/** The CSV's columns, in order. */
	static final List<String> CSV_HEADER = List.of("Figure", "Trait or interviewer", "People", "Correlation",
			"95% interval low", "95% interval high", "Too few people");

	private static final double BEST_POINTS = OptionContent.BEST_RATING - OptionContent.WORST_RATING;

	private final InterviewPredictionQueries queries;

	private final Clock clock;

	InterviewPredictionService(InterviewPredictionQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	/** The positions with at least one hire, by name, to choose from. */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional(readOnly = true)
	public List<String> positions() {
		return this.queries.positions();
	}

	/**
	 * The correlations for the hires for {@code position}, or for every hire when it is
	 * null.
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional(readOnly = true)
	public InterviewPrediction prediction(String position) {
		return predict(position, this.queries.traitNames(), this.queries.ratings(position),
				this.queries.quizPoints(position));
	}

	/** Writes the figures as CSV, the traits first and then the interviewers. */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional(readOnly = true)
	public void writeCsv(String position, OutputStream out) {
		InterviewPrediction prediction = prediction(position);
		try (CsvReport csv = CsvReport.start(out, CSV_HEADER)) {
			prediction.traits().forEach((figure) -> row(csv, "Trait", figure));
			prediction.interviewers().forEach((figure) -> row(csv, "Interviewer", figure));
		}
	}

	/** The CSV's file name, saying what and when. */
	public String csvFileName() {
		return CsvReport.fileName("interviews-and-learning", this.clock);
	}

	/**
	 * The figures from the ratings and quiz points as the database returns them; pure, so
	 * that a hand-computed example can check it without a database.
	 */
	static InterviewPrediction predict(String position, Map<String, String> traitNames,
			List<InterviewPredictionQueries.InterviewRating> ratings,
			List<InterviewPredictionQueries.QuizPoints> points) {
		Map<Long, Map<String, Double>> results = new HashMap<>();
		for (InterviewPredictionQueries.QuizPoints point : points) {
			results.computeIfAbsent(point.personId(), (id) -> new HashMap<>())
				.put(point.traitCode(), point.points() / (BEST_POINTS * point.items()));
		}
		List<InterviewPredictionQueries.InterviewRating> paired = ratings.stream()
			.filter((rating) -> results.getOrDefault(rating.personId(), Map.of()).containsKey(rating.traitCode()))
			.toList();
		int hires = (int) paired.stream()
			.mapToLong(InterviewPredictionQueries.InterviewRating::personId)
			.distinct()
			.count();
		return new InterviewPrediction(position, hires, perTrait(traitNames, paired, results),
				perInterviewer(paired, results));
	}

	private static List<InterviewPrediction.Figure> perTrait(Map<String, String> traitNames,
			List<InterviewPredictionQueries.InterviewRating> paired, Map<Long, Map<String, Double>> results) {
		// trait -> hire -> the interviewers' ratings
		Map<String, Map<Long, List<Integer>>> panels = new TreeMap<>(byModelOrder(traitNames));
		for (InterviewPredictionQueries.InterviewRating rating : paired) {
			panels.computeIfAbsent(rating.traitCode(), (code) -> new LinkedHashMap<>())
				.computeIfAbsent(rating.personId(), (id) -> new ArrayList<>())
				.add(rating.rating());
		}
		List<InterviewPrediction.Figure> figures = new ArrayList<>();
		panels.forEach((trait, hires) -> {
			List<PearsonCorrelation.Pair> pairs = new ArrayList<>();
			hires.forEach((hire, panel) -> pairs.add(new PearsonCorrelation.Pair(
					panel.stream().mapToInt(Integer::intValue).average().orElseThrow(), results.get(hire).get(trait))));
			figures.add(new InterviewPrediction.Figure(trait, traitNames.getOrDefault(trait, trait),
					PearsonCorrelation.of(pairs)));
		});
		return figures;
	}

	private static List<InterviewPrediction.Figure> perInterviewer(
			List<InterviewPredictionQueries.InterviewRating> paired, Map<Long, Map<String, Double>> results) {
		// interviewer -> hire -> their ratings on the traits the hire has results for
		Map<Long, Map<Long, List<InterviewPredictionQueries.InterviewRating>>> byInterviewer = new LinkedHashMap<>();
		Map<Long, String> names = new HashMap<>();
		for (InterviewPredictionQueries.InterviewRating rating : paired) {
			names.put(rating.interviewerId(), rating.interviewerName());
			byInterviewer.computeIfAbsent(rating.interviewerId(), (id) -> new LinkedHashMap<>())
				.computeIfAbsent(rating.personId(), (id) -> new ArrayList<>())
				.add(rating);
		}
		List<InterviewPrediction.Figure> figures = new ArrayList<>();
		byInterviewer.forEach((interviewer, hires) -> {
			List<PearsonCorrelation.Pair> pairs = new ArrayList<>();
			hires.forEach((hire, given) -> pairs.add(pairOf(given, results.get(hire))));
			figures.add(new InterviewPrediction.Figure(Long.toString(interviewer), names.get(interviewer),
					PearsonCorrelation.of(pairs)));
		});
		figures.sort(Comparator.comparing(InterviewPrediction.Figure::name, String.CASE_INSENSITIVE_ORDER));
		return figures;
	}

	/**
	 * An interviewer's mean rating of a hire against the hire's mean result, over the
	 * traits the interviewer rated (each of which the hire has a result for).
	 */
	private static PearsonCorrelation.Pair pairOf(List<InterviewPredictionQueries.InterviewRating> given,
			Map<String, Double> result) {
		return new PearsonCorrelation.Pair(
				given.stream().mapToInt(InterviewPredictionQueries.InterviewRating::rating).average().orElseThrow(),
				given.stream().mapToDouble((rating) -> result.get(rating.traitCode())).average().orElseThrow());
	}

	private static Comparator<String> byModelOrder(Map<String, String> traitNames) {
		List<String> order = List.copyOf(traitNames.keySet());
		return Comparator.comparingInt((String code) -> order.contains(code) ? order.indexOf(code) : order.size())
			.thenComparing(Comparator.naturalOrder());
	}

	private static void row(CsvReport csv, String kind, InterviewPrediction.Figure figure) {
		PearsonCorrelation correlation = figure.correlation();
		csv.row(kind, figure.name(), correlation.pairs(), twoDecimals(correlation.r()), twoDecimals(correlation.low()),
				twoDecimals(correlation.high()), correlation.tooFew() ? "yes" : "no");
	}

	/**
	 * A number, not text, so that a negative figure is not written as a formula guard.
	 */
	private static BigDecimal twoDecimals(Double value) {
		return (value != null) ? BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP) : null;
	}

}
