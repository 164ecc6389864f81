package org.servewell.reporting;

import java.util.List;

/**
 * Whether what the interviewers said about hires predicts how those hires then learned:
 * per service trait and per interviewer, the Pearson correlation between interview
 * ratings and quiz results, with the number of people behind each figure (decision 0018).
 *
 * @param position the position the hires were for, or null for every position
 * @param hires how many hires have both interview ratings and quiz results on a common
 * trait
 * @param traits per trait, the panel's mean rating against the hire's mean credit on the
 * trait's scenarios, in the trait model's order
 * @param interviewers per interviewer, their own mean rating of a hire against the hire's
 * mean credit, both over the traits the interviewer rated and the hire has results for;
 * by name
 */
public record InterviewPrediction(String position, int hires, List<Figure> traits, List<Figure> interviewers) {

	public InterviewPrediction {
		traits = List.copyOf(traits);
		interviewers = List.copyOf(interviewers);
	}

	/** Whether no hire has both interview ratings and quiz results yet. */
	public boolean isEmpty() {
		return this.hires == 0;
	}

	/**
	 * One figure: the trait or interviewer it is about and the correlation.
	 *
	 * @param key the trait's code or the interviewer's id
	 * @param name the trait's or interviewer's name
	 * @param correlation the correlation, with the number of hires behind it
	 */
	public record Figure(String key, String name, PearsonCorrelation correlation) {

		/** How many hires are behind the figure. */
		public int people() {
			return this.correlation.pairs();
		}

	}

}
