package org.servewell.hiring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The submitted scorecards of a candidate side by side: what HR decides from, and what an
 * interviewer sees of the panel once their own scorecard is in.
 *
 * @param kitTitle the kit the panel rates with
 * @param passThreshold the weighted score a candidate should reach
 * @param traits each trait's ratings, in the kit's order
 * @param weightedScore the weighted mean of the trait means, or {@code null} before any
 * scorecard is submitted
 * @param recommendations each submitted interviewer's recommendation
 * @param interviewers how many interviewers are assigned
 */
public record CandidatePicture(String kitTitle, BigDecimal passThreshold, List<TraitPicture> traits,
		Double weightedScore, List<PanelRecommendation> recommendations, int interviewers) {

	/** Ratings this many points apart or more on a trait are flagged. */
	public static final int DISAGREEMENT_GAP = 2;

	public CandidatePicture {
		traits = List.copyOf(traits);
		recommendations = List.copyOf(recommendations);
	}

	/** Whether the weighted score reaches the kit's threshold. */
	public boolean meetsThreshold() {
		return this.weightedScore != null && this.weightedScore >= this.passThreshold.doubleValue();
	}

	/** The traits on which the panel disagrees. */
	public List<TraitPicture> disagreements() {
		return this.traits.stream().filter(TraitPicture::disagreement).toList();
	}

	/**
	 * One trait across the panel.
	 *
	 * @param traitCode the trait's id
	 * @param traitName the trait's name
	 * @param weight the kit's weight for it
	 * @param ratings each submitted interviewer's rating and evidence
	 * @param mean the mean rating, or {@code null} with no ratings
	 * @param spread highest minus lowest rating (0 with fewer than two)
	 */
	public record TraitPicture(String traitCode, String traitName, int weight, List<PanelRating> ratings, Double mean,
			int spread) {

		public TraitPicture {
			ratings = List.copyOf(ratings);
		}

		/**
		 * Whether two interviewers are {@link #DISAGREEMENT_GAP} points apart or more.
		 */
		public boolean disagreement() {
			return this.spread >= DISAGREEMENT_GAP;
		}

	}

	/**
	 * One interviewer's rating of a trait.
	 *
	 * @param interviewerName who rated
	 * @param rating 1-5
	 * @param evidence what they saw, possibly empty
	 */
	public record PanelRating(String interviewerName, int rating, String evidence) {

	}

	/**
	 * One interviewer's overall recommendation.
	 *
	 * @param interviewerName who recommends
	 * @param recommendation strong no to strong yes
	 * @param note their overall note, possibly empty
	 */
	public record PanelRecommendation(String interviewerName, Recommendation recommendation, String note) {

	}

}
