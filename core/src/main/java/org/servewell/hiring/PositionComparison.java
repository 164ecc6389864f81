package org.servewell.hiring;

import java.util.List;
import java.util.Map;

/**
 * The candidates for one position side by side.
 *
 * @param position the position
 * @param traits the traits rated, in the kits' order
 * @param rows one per candidate, best weighted score first
 */
public record PositionComparison(String position, List<TraitColumn> traits, List<Row> rows) {

	public PositionComparison {
		traits = List.copyOf(traits);
		rows = List.copyOf(rows);
	}

	/**
	 * A trait column.
	 *
	 * @param code the trait's id
	 * @param name the trait's name
	 */
	public record TraitColumn(String code, String name) {

	}

	/**
	 * One candidate.
	 *
	 * @param candidateId the candidate's id
	 * @param name the candidate's name
	 * @param status new, interviewing or decided
	 * @param decision the standing decision, or {@code null}
	 * @param traitMeans the mean rating per trait code, for the traits rated so far
	 * @param weightedScore the weighted score, or {@code null} before any scorecard
	 * @param meetsThreshold whether it reaches the kit's threshold
	 * @param disagreements how many traits the panel disagrees on
	 * @param inFavour how many submitted interviewers recommend hiring
	 * @param submitted how many interviewers submitted
	 */
	public record Row(long candidateId, String name, CandidateStatus status, Decision decision,
			Map<String, Double> traitMeans, Double weightedScore, boolean meetsThreshold, int disagreements,
			int inFavour, int submitted) {

		public Row {
			traitMeans = Map.copyOf(traitMeans);
		}

	}

}
