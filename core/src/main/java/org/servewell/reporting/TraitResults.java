package org.servewell.reporting;

import java.util.List;

/**
 * Per team and per service trait, the mean credit of the scenario answers in submitted
 * quiz attempts by the people in view: a row per department and a row for everyone in
 * view together.
 * <p>
 * Each answer to a scenario counts for every trait the scenario exercises; an option is
 * worth its rating minus one out of three (0, 1/3, 2/3 or 1), and a scenario left
 * unanswered in a submitted attempt is worth 0, as in the learner's own trait results.
 *
 * @param teamOnly whether only the asker's reports are in view (a manager)
 * @param traits the traits, in the model's order: the columns
 * @param teams a row per department of the people in view, by name, people without a
 * department last
 * @param total everyone in view together
 */
public record TraitResults(boolean teamOnly, List<Trait> traits, List<Team> teams, Team total) {

	/** Whether no one in view has a submitted answer in the period. */
	public boolean empty() {
		return this.total.cells().stream().allMatch((cell) -> cell.answers() == 0);
	}

	/**
	 * A service trait: a column.
	 *
	 * @param code its id
	 * @param name its name
	 */
	public record Trait(String code, String name) {
	}

	/**
	 * One team's results: a row.
	 *
	 * @param department the department's name, or null for people without one (and for
	 * the total)
	 * @param cells a cell per trait, in the traits' order
	 */
	public record Team(String department, List<Cell> cells) {
	}

	/**
	 * One team's answers on one trait.
	 *
	 * @param traitCode the trait
	 * @param points the answers' points, each an option's rating minus one (0 to 3)
	 * @param answers how many answers
	 * @param people how many people gave them
	 */
	public record Cell(String traitCode, long points, long answers, long people) {

		/** The mean credit in percent, rounded, or null without answers. */
		public Integer percent() {
			return (this.answers > 0) ? (int) Math.round(100.0 * this.points / (3.0 * this.answers)) : null;
		}

	}

}
