package org.servewell.hiring;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How well a panel of interviewers agree when they rate candidates on the service traits,
 * with the figures worded for HR.
 *
 * @param traits each trait's agreement, in the order the traits were given
 * @param interviewers each interviewer's leniency over all traits, by interviewer id
 * @param headline one sentence: the trait the interviewers disagree on most, or why
 * agreement cannot be measured
 */
public record AgreementReport(List<TraitAgreement> traits, List<InterviewerLeniency> interviewers, String headline) {

	public AgreementReport {
		traits = List.copyOf(traits);
		interviewers = List.copyOf(interviewers);
	}

	/** The trait with the lowest alpha, if any trait's agreement could be measured. */
	public Optional<TraitAgreement> mostDisputedTrait() {
		return mostDisputed(this.traits);
	}

	static Optional<TraitAgreement> mostDisputed(List<TraitAgreement> traits) {
		return traits.stream()
			.filter((trait) -> trait.alpha().isPresent())
			.min(Comparator.comparingDouble((trait) -> trait.alpha().getAsDouble()));
	}

	/**
	 * How far a trait's alpha lets HR rely on the ratings, by Krippendorff's guidance
	 * ("Content Analysis", 2004, p. 241): rely on data with alpha of at least 0.800, draw
	 * only tentative conclusions from 0.667 up to 0.800, and none below.
	 */
	public enum Reliability {

		/** Alpha is 0.800 or more. */
		RELIABLE,

		/** Alpha is from 0.667 up to 0.800. */
		TENTATIVE,

		/** Alpha is below 0.667. */
		UNRELIABLE,

		/** Alpha is undefined: too few compared ratings, or no variation in them. */
		NOT_MEASURABLE;

		/**
		 * The reliability of an alpha, compared at the three decimals it is reported with
		 * so that a trait shown as 0.800 is never called tentative.
		 */
		public static Reliability of(OptionalDouble alpha) {
			if (alpha.isEmpty()) {
				return NOT_MEASURABLE;
			}
			long thousandths = Math.round(alpha.getAsDouble() * 1000);
			if (thousandths >= 800) {
				return RELIABLE;
			}
			return (thousandths >= 667) ? TENTATIVE : UNRELIABLE;
		}

	}

	/**
	 * How well the interviewers agree on one trait.
	 *
	 * @param traitCode the trait's id in the trait model
	 * @param traitName the trait's name
	 * @param candidatesCompared candidates rated by two or more interviewers (the others
	 * do not count)
	 * @param ratingsCompared the ratings those candidates received
	 * @param alpha Krippendorff's alpha for interval data; empty when no candidate has
	 * two ratings or every compared rating is the same
	 * @param absoluteAgreementIcc ICC(2,1) (Shrout and Fleiss), only when one fixed panel
	 * of interviewers rated every compared candidate, at least two candidates, and the
	 * ratings vary
	 * @param reliability how far the ratings can be relied on
	 * @param interviewers each interviewer's leniency on this trait, by interviewer id
	 * @param reading the figures in one sentence
	 */
	public record TraitAgreement(String traitCode, String traitName, int candidatesCompared, int ratingsCompared,
			OptionalDouble alpha, OptionalDouble absoluteAgreementIcc, Reliability reliability,
			List<InterviewerLeniency> interviewers, String reading) {

		public TraitAgreement {
			interviewers = List.copyOf(interviewers);
		}

	}

	/**
	 * How one interviewer rates against the rest of the panel: for each rating they gave,
	 * the difference from the mean of the other interviewers' ratings of the same
	 * candidate on the same trait, averaged.
	 *
	 * @param interviewerId the interviewer
	 * @param meanDifference the average difference in rating points; positive is lenient,
	 * negative severe
	 * @param ratingsCompared how many of their ratings had another interviewer's to
	 * compare with
	 * @param reading the figure in words, such as "Rates 0.8 points above the panel on
	 * average (12 ratings)."
	 */
	public record InterviewerLeniency(long interviewerId, double meanDifference, int ratingsCompared, String reading) {

	}

}
