package org.servewell.demo;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.servewell.content.QuizSettings;

/**
 * Quiz attempts and, when asked for, their answers: the scenarios drawn from the
 * version's bank, the order their options were shown in and the option chosen. A
 * learner's choice follows their ability on the scenario's traits (a better learner picks
 * the best option more often), then the attempt is nudged to the outcome the trail needs
 * (a pass or a fail), so that the score, computed as the quiz computes it, agrees with
 * the completion.
 */
final class AttemptRows implements AutoCloseable {

	private final Rows rows;

	private final boolean items;

	private final List<String> traits;

	private final PreparedStatement attempt;

	private final PreparedStatement item;

	private int submitted;

	AttemptRows(Rows rows, boolean items, List<String> traits) throws SQLException {
		this.rows = rows;
		this.items = items;
		this.traits = traits;
		this.attempt = rows.connection.prepareStatement("""
				insert into quiz_attempt (id, person_id, course_id, course_version_id, attempt_number, status,
				    open_marker, started_at, last_saved_at, submitted_at, score_percent, passed)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
		this.item = rows.connection.prepareStatement("""
				insert into attempt_item (id, attempt_id, item_number, scenario_id, option_order, chosen_option_id,
				    answered_at)
				values (?, ?, ?, ?, ?, ?, ?)""");
	}

	/**
	 * A submitted attempt that passes or fails as asked.
	 * @return the attempt's id and score
	 */
	Submitted submit(long person, Catalogue.Course course, int number, LocalDateTime at, boolean pass, double[] ability)
			throws SQLException {
		long id = this.rows.id("quiz_attempt");
		int score;
		if (this.items && !course.scenarios().isEmpty()) {
			score = answer(id, course, at, ability, pass ? 1 : -1, Integer.MAX_VALUE);
		}
		else {
			score = pass ? course.passMark() + this.rows.random.nextInt(101 - course.passMark())
					: this.rows.random.nextInt(Math.max(1, course.passMark()));
		}
		Rows.add(this.attempt, id, person, course.id(), course.versionId(), number, "SUBMITTED", null, at,
				at.plusMinutes(12), at.plusMinutes(12), score, pass);
		this.submitted++;
		return new Submitted(id, score);
	}

	/** An attempt in progress with some of its scenarios answered. */
	void open(long person, Catalogue.Course course, int number, LocalDateTime at, double[] ability)
			throws SQLException {
		long id = this.rows.id("quiz_attempt");
		if (this.items && !course.scenarios().isEmpty()) {
			answer(id, course, at, ability, 0, this.rows.random.nextInt(course.scenariosPerAttempt()));
		}
		Rows.add(this.attempt, id, person, course.id(), course.versionId(), number, "IN_PROGRESS", 1, at,
				at.plusMinutes(5), null, null, null);
	}

	void flush() throws SQLException {
		this.attempt.executeBatch();
		this.item.executeBatch();
	}

	int submitted() {
		return this.submitted;
	}

	/**
	 * Draws and answers the scenarios; {@code aim} 1 makes the attempt pass, -1 fail, 0
	 * leaves it as chosen. Only the first {@code answered} items are answered.
	 * @return the score in percent
	 */
	private int answer(long attemptId, Catalogue.Course course, LocalDateTime at, double[] ability, int aim,
			int answered) throws SQLException {
		List<Catalogue.Scenario> bank = new ArrayList<>(course.scenarios());
		Collections.shuffle(bank, this.rows.random);
		List<Catalogue.Scenario> drawn = bank.subList(0, Math.min(course.scenariosPerAttempt(), bank.size()));
		List<Catalogue.Option> chosen = new ArrayList<>();
		for (Catalogue.Scenario scenario : drawn) {
			chosen.add(choose(scenario, ability, aim));
		}
		QuizSettings quiz = new QuizSettings(drawn.size(), course.passMark(), 1, true);
		for (int i = 0; aim != 0 && i < drawn.size() && quiz.passes(score(chosen)) != (aim > 0); i++) {
			Catalogue.Scenario scenario = drawn.get(i);
			chosen.set(i, (aim > 0) ? scenario.best()
					: scenario.options().stream().min(Comparator.comparingInt(Catalogue.Option::rating)).orElseThrow());
		}
		for (int i = 0; i < drawn.size(); i++) {
			List<Catalogue.Option> order = new ArrayList<>(drawn.get(i).options());
			Collections.shuffle(order, this.rows.random);
			boolean isAnswered = i < answered;
			Rows.add(this.item, this.rows.id("attempt_item"), attemptId, i + 1, drawn.get(i).id(),
					order.stream().map((option) -> String.valueOf(option.id())).collect(Collectors.joining(",")),
					isAnswered ? chosen.get(i).id() : null, isAnswered ? at.plusMinutes(1 + i) : null);
		}
		return score(chosen);
	}

	private static int score(List<Catalogue.Option> chosen) {
		return QuizSettings.scorePercent(chosen.stream().map(Catalogue.Option::rating).toList());
	}

	/**
	 * The option a learner of this ability picks: the best with a chance that grows with
	 * their ability on the scenario's traits, another one otherwise.
	 */
	private Catalogue.Option choose(Catalogue.Scenario scenario, double[] ability, int aim) {
		double skill = ability[0] + 0.6 * aim;
		for (String trait : scenario.traits()) {
			int index = this.traits.indexOf(trait);
			if (index >= 0) {
				skill += ability[index + 1] / scenario.traits().size();
			}
		}
		double best = 1 / (1 + Math.exp(-(0.8 + 1.5 * skill)));
		Catalogue.Option top = scenario.best();
		if (this.rows.random.nextDouble() < best || scenario.options().size() == 1) {
			return top;
		}
		List<Catalogue.Option> others = scenario.options().stream().filter((option) -> option != top).toList();
		return others.get(this.rows.random.nextInt(others.size()));
	}

	@Override
	public void close() throws SQLException {
		this.attempt.close();
		this.item.close();
	}

	/** A submitted attempt's id and score. */
	record Submitted(long id, int score) {
	}

}
