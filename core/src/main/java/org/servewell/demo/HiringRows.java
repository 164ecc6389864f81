package org.servewell.demo;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Candidates at every stage of hiring, on the bundled interview kits: new ones, ones with
 * a panel assigned, part-rated and fully rated, and decided ones (rejected, on hold,
 * hired), with the panel's submitted scorecards. Each candidate has a true level per
 * trait; an interviewer's rating is that level with their own leniency and some noise,
 * and one fully rated candidate split the panel outright, so the agreement figures have
 * real disagreement to measure. A hire becomes a Front desk learner (the candidate's
 * {@code hired_person_id}, as the hand-over sets it) whose quiz answers follow the same
 * levels, for the question whether the interview predicts learning.
 */
final class HiringRows {

	/**
	 * Days a decided candidate's record may stay unchanged before retention erases it.
	 */
	private static final int NEWEST_DECISION_DAYS = 150;

	/** Each panel member's leniency: how far above a candidate's level they rate. */
	private static final double[] LENIENCY = { 0.0, 0.7, -0.4, 0.1 };

	private static final String[] SOURCES = { "Referral", "Job board", "Walk-in", "Careers page" };

	private final Rows rows;

	private final Catalogue catalogue;

	private final PeopleRows people;

	private final LearningRows learning;

	private final List<Long> panel;

	private final long hrId;

	private final long frontDeskLead;

	private int candidates;

	HiringRows(Rows rows, Catalogue catalogue, PeopleRows people, LearningRows learning, List<Long> panel, long hrId,
			long frontDeskLead) {
		this.rows = rows;
		this.catalogue = catalogue;
		this.people = people;
		this.learning = learning;
		this.panel = panel;
		this.hrId = hrId;
		this.frontDeskLead = frontDeskLead;
	}

	/** Inserts the candidates and their hiring; a hire's learning goes to the batches. */
	int insert() throws SQLException {
		Catalogue.Kit frontLine = this.catalogue.kit("front-line-service").orElse(null);
		Catalogue.Kit teamLead = this.catalogue.kit("team-lead").orElse(frontLine);
		if (frontLine == null || this.panel.size() < 3) {
			return 0;
		}
		try (Statements statements = new Statements(this.rows)) {
			stage(statements, frontLine, "Front desk associate", Stage.HIRED, 4);
			stage(statements, frontLine, "Front desk associate", Stage.REJECTED, 8);
			stage(statements, frontLine, "Front desk associate", Stage.HELD, 3);
			stage(statements, frontLine, "Front desk associate", Stage.RATED, 4);
			stage(statements, frontLine, "Front desk associate", Stage.PART_RATED, 2);
			stage(statements, frontLine, "Front desk associate", Stage.PANEL_ASSIGNED, 1);
			stage(statements, frontLine, "Front desk associate", Stage.NEW, 5);
			stage(statements, teamLead, "Team lead", Stage.REJECTED, 1);
			stage(statements, teamLead, "Team lead", Stage.RATED, 1);
			stage(statements, teamLead, "Team lead", Stage.NEW, 1);
			statements.flush();
		}
		return this.candidates;
	}

	private void stage(Statements statements, Catalogue.Kit kit, String position, Stage stage, int count)
			throws SQLException {
		for (int n = 0; n < count; n++) {
			candidate(statements, kit, position, stage, n);
		}
	}

	private void candidate(Statements statements, Catalogue.Kit kit, String position, Stage stage, int n)
			throws SQLException {
		long id = this.rows.id("candidate");
		this.candidates++;
		String[] name = this.people.freshName(id);
		int daysAgo = switch (stage) {
			case NEW -> 1 + this.rows.random.nextInt(10);
			case PANEL_ASSIGNED, PART_RATED, RATED -> 8 + this.rows.random.nextInt(20);
			case HIRED -> 100 + 12 * n + this.rows.random.nextInt(10);
			default -> 35 + this.rows.random.nextInt(NEWEST_DECISION_DAYS - 60);
		};
		LocalDateTime created = this.rows.during(this.rows.today.minusDays(daysAgo));
		double[] level = new double[kit.traits().size()];
		double base = (stage == Stage.HIRED) ? 3.7 : (stage == Stage.REJECTED) ? 2.5 : 3.2;
		for (int t = 0; t < level.length; t++) {
			level[t] = base + this.rows.random.nextGaussian() * 0.8;
		}
		LocalDateTime decided = created.plusDays(14);
		PeopleRows.Member hired = null;
		if (stage == Stage.HIRED) {
			LocalDate start = decided.toLocalDate().plusDays(14 + this.rows.random.nextInt(7));
			hired = this.people.hire(name[0], name[1], 0, start, this.frontDeskLead);
		}
		String status = switch (stage) {
			case NEW -> "NEW";
			case PANEL_ASSIGNED, PART_RATED, RATED -> "INTERVIEWING";
			default -> "DECIDED";
		};
		LocalDateTime updated = (status.equals("DECIDED")) ? decided : created;
		Rows.add(statements.candidate, id, name[0], name[1], position,
				SOURCES[this.rows.random.nextInt(SOURCES.length)], notes(position), created.toLocalDate(), status,
				(hired != null) ? hired.id() : null, this.hrId, created, updated);
		if (stage != Stage.NEW) {
			panel(statements, id, kit, stage, level, created, n);
		}
		if (status.equals("DECIDED")) {
			String decision = (stage == Stage.HIRED) ? "HIRE" : (stage == Stage.HELD) ? "HOLD" : "REJECT";
			Rows.add(statements.decision, this.rows.id("candidate_decision"), id, decision, reason(stage), this.hrId,
					decided);
		}
		if (hired != null) {
			this.learning.learner(hired, ability(kit, level), n < 3);
		}
	}

	/**
	 * Three of the four panel members interview; how many have submitted depends on the
	 * stage.
	 */
	private void panel(Statements statements, long candidateId, Catalogue.Kit kit, Stage stage, double[] level,
			LocalDateTime created, int n) throws SQLException {
		int skipped = (int) (candidateId % this.panel.size());
		int seat = 0;
		boolean split = stage == Stage.RATED && n == 0;
		for (int p = 0; p < this.panel.size(); p++) {
			if (p == skipped && this.panel.size() > 3) {
				continue;
			}
			long interview = this.rows.id("interview");
			Rows.add(statements.interview, interview, candidateId, this.panel.get(p), kit.versionId(), this.hrId,
					created.plusDays(2));
			int submittedSeats = switch (stage) {
				case PANEL_ASSIGNED -> 0;
				case PART_RATED -> 2;
				default -> 3;
			};
			// Every interview has its first scorecard from the start: a draft, empty
			// until rated.
			boolean submitted = seat < submittedSeats;
			boolean rated = submitted || stage == Stage.PART_RATED;
			double shift = split ? ((seat == 0) ? 1.6 : (seat == 1) ? -1.6 : 0) : LENIENCY[p % LENIENCY.length];
			scorecard(statements, interview, kit, level, shift, submitted, rated ? level.length : 0,
					rated ? created.plusDays(5 + seat) : created.plusDays(2));
			seat++;
		}
	}

	/**
	 * An interview's first scorecard: submitted with every trait rated, or a draft with
	 * some traits rated ({@code rated} > 0) or none.
	 */
	private void scorecard(Statements statements, long interviewId, Catalogue.Kit kit, double[] level, double shift,
			boolean submitted, int rated, LocalDateTime at) throws SQLException {
		long id = this.rows.id("scorecard");
		int total = 0;
		int[] ratings = new int[level.length];
		for (int t = 0; t < level.length; t++) {
			double noise = this.rows.random.nextGaussian() * 0.6;
			ratings[t] = (int) Math.max(1, Math.min(5, Math.round(level[t] + shift + noise)));
			total += ratings[t];
		}
		double mean = total / (double) level.length;
		String recommendation = (mean >= 4.2) ? "STRONG_YES"
				: (mean >= 3.4) ? "YES" : (mean >= 2.5) ? "NO" : "STRONG_NO";
		Rows.add(statements.scorecard, id, interviewId, submitted ? recommendation : null,
				submitted ? Phrases.overall(recommendation) : null, submitted ? at : null, at);
		for (int t = 0; t < level.length; t++) {
			if (submitted || t < rated / 2) {
				Rows.add(statements.rating, id, kit.traits().get(t), ratings[t], Phrases.evidence(ratings[t]));
			}
		}
	}

	/**
	 * A hire's ability for their quizzes: their overall level and, per trait the kit
	 * rates, how far that trait stands from it, so that quiz results follow the
	 * interview.
	 */
	private double[] ability(Catalogue.Kit kit, double[] level) {
		double[] ability = this.learning.ability();
		double mean = 0;
		for (double value : level) {
			mean += value / level.length;
		}
		ability[0] = (mean - 3) / 1.2;
		for (int t = 0; t < level.length; t++) {
			int index = this.catalogue.traits().indexOf(kit.traits().get(t));
			if (index >= 0) {
				ability[index + 1] = (level[t] - mean) * 0.9;
			}
		}
		return ability;
	}

	private static String notes(String position) {
		return "Demo candidate for " + position + ". Invented for the demo: not a real person.";
	}

	private static String reason(Stage stage) {
		return switch (stage) {
			case HIRED -> "The panel agreed on a strong candidate; offer accepted.";
			case HELD -> "A good panel, but no opening on the Front desk until next quarter.";
			default -> "Below the kit's pass threshold on most traits.";
		};
	}

	private enum Stage {

		NEW, PANEL_ASSIGNED, PART_RATED, RATED, REJECTED, HELD, HIRED

	}

	/** The hiring tables' insert statements, written parents first. */
	private static final class Statements implements AutoCloseable {

		final PreparedStatement candidate;

		final PreparedStatement interview;

		final PreparedStatement scorecard;

		final PreparedStatement rating;

		final PreparedStatement decision;

		Statements(Rows rows) throws SQLException {
			this.candidate = rows.connection.prepareStatement("""
					insert into candidate (id, full_name, email, position, source, notes, consent_date, status,
					    hired_person_id, created_by, created_at, updated_at, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""");
			this.interview = rows.connection.prepareStatement("""
					insert into interview (id, candidate_id, interviewer_id, kit_version_id, assigned_by, assigned_at)
					values (?, ?, ?, ?, ?, ?)""");
			this.scorecard = rows.connection.prepareStatement("""
					insert into scorecard (id, interview_id, revision, recommendation, overall_note, submitted_at,
					    saved_at, version)
					values (?, ?, 0, ?, ?, ?, ?, 0)""");
			this.rating = rows.connection.prepareStatement(
					"insert into scorecard_rating (scorecard_id, trait_code, rating, evidence) values (?, ?, ?, ?)");
			this.decision = rows.connection.prepareStatement("""
					insert into candidate_decision (id, candidate_id, decision, reason, decided_by, decided_at)
					values (?, ?, ?, ?, ?, ?)""");
		}

		void flush() throws SQLException {
			this.candidate.executeBatch();
			this.interview.executeBatch();
			this.scorecard.executeBatch();
			this.rating.executeBatch();
			this.decision.executeBatch();
		}

		@Override
		public void close() throws SQLException {
			this.candidate.close();
			this.interview.close();
			this.scorecard.close();
			this.rating.close();
			this.decision.close();
		}

	}

}
