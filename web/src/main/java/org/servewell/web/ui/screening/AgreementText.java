package org.servewell.web.ui.screening;

import java.util.Locale;
import java.util.OptionalDouble;

import org.servewell.hiring.AgreementReport;
import org.servewell.hiring.AgreementReport.InterviewerLeniency;
import org.servewell.hiring.AgreementReport.RatingOffset;
import org.servewell.hiring.AgreementReport.TraitAgreement;
import org.servewell.hiring.PanelAgreement;

/**
 * The interviewer agreement report in words: the service decides the band, whether there
 * are enough candidates and whether a disagreement is a constant offset; this says so to
 * HR, in the page's language.
 *
 * @param words the page's translations: a key and its arguments to the text
 * @param locale the page's language, for the figures
 */
record AgreementText(Words words, Locale locale) {

	static final int MINIMUM = AgreementReport.MINIMUM_CANDIDATES;

	/** A key and its arguments to the text, as {@code Component.getTranslation} does. */
	@FunctionalInterface
	interface Words {

		String text(String key, Object... arguments);

	}

	/** One sentence on the whole panel: the trait most disputed, or why none is read. */
	String headline(PanelAgreement agreement) {
		AgreementReport report = agreement.report();
		return switch (report.headline()) {
			case NO_RATINGS -> text("hiring.agreement.none");
			case NOT_MEASURABLE -> text("hiring.agreement.headline.not-measurable");
			case TOO_FEW_CANDIDATES ->
				text("hiring.agreement.headline.too-few", Math.min(report.mostCandidatesCompared(), MINIMUM), MINIMUM);
			case ONE_TRAIT_READ -> reading(report.mostDisputedTrait().orElseThrow(), agreement);
			case MOST_DISPUTED_TRAIT -> {
				TraitAgreement least = report.mostDisputedTrait().orElseThrow();
				yield text("hiring.agreement.headline.most-disputed", least.traitName(), figures(least),
						reliability(least.reliability()).toLowerCase(this.locale));
			}
		};
	}

	/** A trait's figures and what they mean, in one or two sentences. */
	String reading(TraitAgreement trait, PanelAgreement agreement) {
		String name = trait.traitName();
		if (trait.candidatesCompared() == 0) {
			return text("hiring.agreement.reading.none", name);
		}
		String sentence = switch (trait.reliability()) {
			case TOO_FEW_CANDIDATES ->
				text("hiring.agreement.reading.too-few", name, trait.candidatesCompared(), MINIMUM);
			case NOT_MEASURABLE -> text("hiring.agreement.reading.not-measurable", name);
			case RELIABLE -> text("hiring.agreement.reading.reliable", name, figures(trait));
			case TENTATIVE -> text("hiring.agreement.reading.tentative", name, figures(trait));
			case UNRELIABLE -> text(trait.worseThanChance() ? "hiring.agreement.reading.worse-than-chance"
					: "hiring.agreement.reading.unreliable", name, figures(trait));
		};
		return trait.offset()
			.filter((offset) -> trait.isRead())
			.map((offset) -> sentence + " " + offset(offset, agreement))
			.orElse(sentence);
	}

	/** A constant offset between two interviewers. */
	String offset(RatingOffset offset, PanelAgreement agreement) {
		return text("hiring.agreement.offset", agreement.nameOf(offset.higherInterviewerId()), points(offset.points()),
				agreement.nameOf(offset.lowerInterviewerId()), offset.candidates());
	}

	/** Alpha, with ICC(2,1) beside it where there is one. */
	String figures(TraitAgreement trait) {
		String alpha = text("hiring.agreement.alpha", figure(trait.alpha()));
		return trait.absoluteAgreementIcc().isPresent()
				? text("hiring.agreement.alpha-icc", alpha, figure(trait.absoluteAgreementIcc())) : alpha;
	}

	/** A figure to three decimals, or a dash before it can be read. */
	String figure(OptionalDouble value) {
		return value.isPresent() ? figure(value.getAsDouble()) : ScreeningText.NONE;
	}

	/** A figure to three decimals, as the report shows alpha and its thresholds. */
	String figure(double value) {
		return ScreeningText.decimal(value, 3, this.locale);
	}

	/** A trait's figure for the grid: a dash until the trait has enough candidates. */
	String shown(TraitAgreement trait, OptionalDouble value) {
		return (trait.reliability() == AgreementReport.Reliability.TOO_FEW_CANDIDATES) ? ScreeningText.NONE
				: figure(value);
	}

	String reliability(AgreementReport.Reliability reliability) {
		return text("hiring.agreement.reliability." + reliability.name().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	/** How an interviewer rates against the rest of the panel. */
	String leniency(InterviewerLeniency leniency) {
		String counted = text("hiring.agreement.ratings", leniency.ratingsCompared());
		double shown = Math.round(Math.abs(leniency.meanDifference()) * 10) / 10.0;
		if (shown == 0) {
			return text("hiring.agreement.leniency.in-line", counted);
		}
		return text(
				(leniency.meanDifference() > 0) ? "hiring.agreement.leniency.above" : "hiring.agreement.leniency.below",
				points(shown), counted);
	}

	/** A mean difference with its sign, to one decimal: "+0.4". */
	String difference(double meanDifference) {
		return String.format(this.locale, "%+.1f", meanDifference);
	}

	private String points(double points) {
		double shown = Math.round(points * 10) / 10.0;
		return text((shown == 1.0) ? "hiring.agreement.point" : "hiring.agreement.points",
				ScreeningText.decimal(shown, 1, this.locale));
	}

	private String text(String key, Object... arguments) {
		return this.words.text(key, arguments);
	}

}
