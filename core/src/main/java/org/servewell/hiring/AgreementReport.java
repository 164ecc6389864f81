package org.servewell.hiring;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How well a panel of interviewers agree when they rate candidates on the service traits:
 * the figures and the decisions drawn from them (which band, whether there are enough
 * candidates, whether the disagreement is a constant offset), which the screens put into
 * words.
 *
 * @param traits each trait's agreement, in the order the traits were given
 * @param interviewers each interviewer's leniency over all traits, by interviewer id
 */
public record AgreementReport(List<TraitAgreement> traits, List<InterviewerLeniency> interviewers) {

	/**
	 * Candidates a trait needs, each rated by two or more interviewers, before its
	 * agreement is read: below it one disagreement swings alpha across the whole scale.
	 * See docs/decisions/0006-minimum-candidates-for-agreement.md.
	 */
	public static final int MINIMUM_CANDIDATES = 20;

	public AgreementReport {
		traits = List.copyOf(traits);
		interviewers = List.copyOf(interviewers);
	}

	/** What the report says first, for the whole panel. */
	public Headline headline() {
		if (this.traits.isEmpty()) {
			return Headline.NO_RATINGS;
		}
		long read = this.traits.stream().filter(TraitAgreement::isRead).count();
		if (read == 0) {
			return this.traits.stream().allMatch((trait) -> trait.candidatesCompared() >= MINIMUM_CANDIDATES)
					? Headline.NOT_MEASURABLE : Headline.TOO_FEW_CANDIDATES;
		}
		return (read == 1) ? Headline.ONE_TRAIT_READ : Headline.MOST_DISPUTED_TRAIT;
	}

	/**
	 * The trait with the lowest alpha among those with enough candidates to be read, if
	 * any.
	 */
	public Optional<TraitAgreement> mostDisputedTrait() {
		return this.traits.stream()
			.filter(TraitAgreement::isRead)
			.min(Comparator.comparingDouble((trait) -> trait.alpha().getAsDouble()));
	}

	/**
	 * The most candidates any trait has had compared, to say how far off the minimum is.
	 */
	public int mostCandidatesCompared() {
		return this.traits.stream().mapToInt(TraitAgreement::candidatesCompared).max().orElse(0);
	}

	/** What the report says first, for the whole panel. */
	public enum Headline {

		/** No submitted scorecard has a rating yet. */
		NO_RATINGS,

		/**
		 * No trait has {@link #MINIMUM_CANDIDATES} candidates rated by two or more
		 * interviewers yet; {@link #mostCandidatesCompared()} says how far off it is.
		 */
		TOO_FEW_CANDIDATES,

		/**
		 * Every trait has enough candidates, but every compared rating is the same: no
		 * spread to measure agreement against.
		 */
		NOT_MEASURABLE,

		/** One trait is read: its own reading is the headline. */
		ONE_TRAIT_READ,

		/**
		 * Several traits are read: the {@link #mostDisputedTrait() most disputed} leads.
		 */
		MOST_DISPUTED_TRAIT

	}

	/**
	 * How far a trait's alpha lets HR rely on the ratings, by Krippendorff's guidance
	 * ("Content Analysis", 2004, p. 241): rely on data with alpha of at least 0.800, draw
	 * only tentative conclusions from 0.667 up to 0.800, and none below; but only once
	 * {@link #MINIMUM_CANDIDATES} candidates were compared.
	 */
	public enum Reliability {

		/** Alpha is 0.800 or more. */
		RELIABLE,

		/** Alpha is from 0.667 up to 0.800. */
		TENTATIVE,

		/** Alpha is below 0.667. */
		UNRELIABLE,

		/**
		 * Fewer than {@link #MINIMUM_CANDIDATES} candidates were rated by two or more
		 * interviewers: no band is given, whatever alpha is.
		 */
		TOO_FEW_CANDIDATES,

		/** Alpha is undefined: every compared rating is the same. */
		NOT_MEASURABLE;

		/** The alpha from which ratings can be relied on. */
		public static final double RELIABLE_FROM = 0.800;

		/** The alpha from which tentative conclusions can be drawn. */
		public static final double TENTATIVE_FROM = 0.667;

		/**
		 * The reliability of an alpha over enough candidates, compared at the three
		 * decimals it is reported with so that a trait shown as 0.800 is never called
		 * tentative.
		 */
		public static Reliability of(OptionalDouble alpha) {
			if (alpha.isEmpty()) {
				return NOT_MEASURABLE;
			}
			long thousandths = Math.round(alpha.getAsDouble() * 1000);
			if (thousandths >= Math.round(RELIABLE_FROM * 1000)) {
				return RELIABLE;
			}
			return (thousandths >= Math.round(TENTATIVE_FROM * 1000)) ? TENTATIVE : UNRELIABLE;
		}

		/**
		 * The reliability of an alpha over {@code candidates} compared candidates: no
		 * band below the minimum.
		 */
		public static Reliability of(OptionalDouble alpha, int candidates) {
			return (candidates < MINIMUM_CANDIDATES) ? TOO_FEW_CANDIDATES : of(alpha);
		}

		/** Whether this is one of the three bands, so the figures can be read. */
		public boolean isBand() {
			return this == RELIABLE || this == TENTATIVE || this == UNRELIABLE;
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
	 * @param consistencyIcc ICC(3,1) on the same table: how alike the interviewers rank
	 * the candidates, whatever their level
	 * @param reliability how far the ratings can be relied on
	 * @param offset two interviewers who rank the candidates alike but one rates
	 * consistently higher, when there are such
	 * @param interviewers each interviewer's leniency on this trait, by interviewer id
	 */
	public record TraitAgreement(String traitCode, String traitName, int candidatesCompared, int ratingsCompared,
			OptionalDouble alpha, OptionalDouble absoluteAgreementIcc, OptionalDouble consistencyIcc,
			Reliability reliability, Optional<RatingOffset> offset, List<InterviewerLeniency> interviewers) {

		public TraitAgreement {
			interviewers = List.copyOf(interviewers);
		}

		/** Whether the figures can be read: enough candidates and a band. */
		public boolean isRead() {
			return this.reliability.isBand();
		}

		/**
		 * Whether the interviewers agree less than chance would have them (alpha below
		 * 0): they systematically disagree, one rating high where another rates low.
		 */
		public boolean worseThanChance() {
			return isRead() && this.alpha.getAsDouble() < 0;
		}

	}

	/**
	 * Two interviewers whose disagreement on a trait is a constant offset: over the
	 * candidates both rated, they rank the candidates alike (ICC(3,1) of the pair at
	 * least {@link InterviewerAgreement#OFFSET_CONSISTENCY}) but one rates about the same
	 * amount higher every time (at least {@link InterviewerAgreement#OFFSET_POINTS}
	 * points on average). They need to align on what each rating means, not on what to
	 * look for.
	 *
	 * @param higherInterviewerId the interviewer who rates higher
	 * @param lowerInterviewerId the interviewer who rates lower
	 * @param points how much higher, on average, in rating points
	 * @param candidates the candidates both rated
	 */
	public record RatingOffset(long higherInterviewerId, long lowerInterviewerId, double points, int candidates) {

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
	 */
	public record InterviewerLeniency(long interviewerId, double meanDifference, int ratingsCompared) {

	}

}
