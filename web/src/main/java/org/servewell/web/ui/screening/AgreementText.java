package org.servewell.web.ui.screening;

import java.util.Locale;
import java.util.OptionalDouble;

import org.servewell.hiring.AgreementReport;
import org.servewell.hiring.AgreementReport.InterviewerLeniency;
import org.servewell.hiring.AgreementReport.RatingOffset;
import org.servewell.hiring.AgreementReport.TraitAgreement;
import org.servewell.hiring.PanelAgreement;
import org.servewell.web.ui.components.Formats;

/**
 * The interviewer agreement report in words: the service decides the band, whether there
 * are enough candidates and whether a disagreement is a constant offset; this says so to
 * HR.
 */
final class AgreementText {

	static final int MINIMUM = AgreementReport.MINIMUM_CANDIDATES;

	private AgreementText() {
	}

	/** One sentence on the whole panel: the trait most disputed, or why none is read. */
	static String headline(PanelAgreement agreement) {
		AgreementReport report = agreement.report();
		return switch (report.headline()) {
			case NO_RATINGS -> "No submitted scorecards yet.";
			case NOT_MEASURABLE -> "Every interviewer gave every compared candidate the same ratings, so there is no "
					+ "spread to measure agreement against.";
			case TOO_FEW_CANDIDATES ->
				"Not enough candidates yet (" + Math.min(report.mostCandidatesCompared(), MINIMUM) + " of " + MINIMUM
						+ "): agreement is read once " + MINIMUM
						+ " candidates have each been rated by two or more interviewers.";
			case ONE_TRAIT_READ -> reading(report.mostDisputedTrait().orElseThrow(), agreement);
			case MOST_DISPUTED_TRAIT -> {
				TraitAgreement least = report.mostDisputedTrait().orElseThrow();
				yield "Interviewers disagree most on " + least.traitName() + " (" + figures(least) + ", "
						+ reliability(least.reliability()).toLowerCase(Locale.ENGLISH) + ").";
			}
		};
	}

	/** A trait's figures and what they mean, in one or two sentences. */
	static String reading(TraitAgreement trait, PanelAgreement agreement) {
		String name = trait.traitName() + ": ";
		if (trait.candidatesCompared() == 0) {
			return name + "no candidate was rated by two or more interviewers yet, so agreement cannot be measured.";
		}
		String sentence = switch (trait.reliability()) {
			case TOO_FEW_CANDIDATES -> name + "not enough candidates yet (" + trait.candidatesCompared() + " of "
					+ MINIMUM + "). With fewer, one disagreement swings the figures across the whole scale.";
			case NOT_MEASURABLE -> name + "every interviewer gave every compared candidate the same rating, "
					+ "so there is no spread to measure agreement against.";
			case RELIABLE -> name + figures(trait) + ", reliable: the interviewers' ratings can be relied on.";
			case TENTATIVE ->
				name + figures(trait) + ", tentative: draw only tentative conclusions from these ratings.";
			case UNRELIABLE -> name + figures(trait) + (trait.worseThanChance()
					? ", unreliable and worse than chance: the interviewers systematically disagree, one rating "
							+ "high where another rates low."
					: ", unreliable: the interviewers do not rate this trait consistently enough to rely on.");
		};
		return trait.offset()
			.filter((offset) -> trait.isRead())
			.map((offset) -> sentence + " " + offset(offset, agreement))
			.orElse(sentence);
	}

	/** A constant offset between two interviewers. */
	static String offset(RatingOffset offset, PanelAgreement agreement) {
		return "Interviewers rank candidates alike but " + agreement.nameOf(offset.higherInterviewerId())
				+ " rates about " + points(offset.points()) + " higher than "
				+ agreement.nameOf(offset.lowerInterviewerId()) + " (" + offset.candidates()
				+ " candidates): agree on what each rating means rather than on what to look for.";
	}

	/** Alpha, with ICC(2,1) beside it where there is one. */
	static String figures(TraitAgreement trait) {
		String alpha = "Krippendorff's alpha " + figure(trait.alpha());
		return trait.absoluteAgreementIcc().isPresent() ? alpha + ", ICC(2,1) " + figure(trait.absoluteAgreementIcc())
				: alpha;
	}

	/** A figure to three decimals, or a dash before it can be read. */
	static String figure(OptionalDouble value) {
		return value.isPresent() ? figure(value.getAsDouble()) : ScreeningText.NONE;
	}

	/** A figure to three decimals, as the report shows alpha and its thresholds. */
	static String figure(double value) {
		return Formats.decimal(value, 3);
	}

	/** A trait's figure for the grid: a dash until the trait has enough candidates. */
	static String shown(TraitAgreement trait, OptionalDouble value) {
		return (trait.reliability() == AgreementReport.Reliability.TOO_FEW_CANDIDATES) ? ScreeningText.NONE
				: figure(value);
	}

	static String reliability(AgreementReport.Reliability reliability) {
		return switch (reliability) {
			case RELIABLE -> "Reliable";
			case TENTATIVE -> "Tentative";
			case UNRELIABLE -> "Unreliable";
			case TOO_FEW_CANDIDATES -> "Not enough candidates yet";
			case NOT_MEASURABLE -> "Not measurable";
		};
	}

	/** How an interviewer rates against the rest of the panel. */
	static String leniency(InterviewerLeniency leniency) {
		int ratings = leniency.ratingsCompared();
		String counted = ratings + ((ratings == 1) ? " rating" : " ratings");
		double shown = Math.round(Math.abs(leniency.meanDifference()) * 10) / 10.0;
		if (shown == 0) {
			return "Rates in line with the panel on average (" + counted + ").";
		}
		return "Rates " + points(shown) + " " + ((leniency.meanDifference() > 0) ? "above" : "below")
				+ " the panel on average (" + counted + ").";
	}

	private static String points(double points) {
		double shown = Math.round(points * 10) / 10.0;
		return String.format(Locale.ENGLISH, "%.1f %s", shown, (shown == 1.0) ? "point" : "points");
	}

}
