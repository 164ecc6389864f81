package org.servewell.xapi;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.servewell.learning.QuizAttemptSubmitted;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Learning events as statements, without a database: ids, verbs and results a learning
 * record store relies on.
 */
class XapiStatementsTest {

	static final XapiStatements.Actor DANA = new XapiStatements.Actor("Dana Reyes", "dana@example.org");

	static final Instant WHEN = Instant.parse("2026-12-02T09:14:03.118Z");

	final XapiStatements production = new XapiStatements("https://learn.example.org/");

	@Test
	void the_same_event_is_always_the_same_statement_id_and_another_servewell_makes_another() {
		QuizAttemptSubmitted failed = submitted(false, 50);

		XapiStatements.Statement once = this.production.quizResult(DANA, failed);
		XapiStatements.Statement again = new XapiStatements("https://learn.example.org").quizResult(DANA, failed);
		XapiStatements.Statement staging = new XapiStatements("https://staging.example.org").quizResult(DANA, failed);

		assertThat(again.id()).isEqualTo(once.id());
		assertThat(staging.id()).isNotEqualTo(once.id());
		assertThat(once.body().get("id")).isEqualTo(once.id().toString());
	}

	@Test
	void failed_quiz_is_sent_as_failed_with_its_score_scaled_and_raw() {
		XapiStatements.Statement statement = this.production.quizResult(DANA, submitted(false, 50));

		assertThat(statement.verb()).isEqualTo("failed");
		assertThat(map(statement.body().get("verb")).get("id")).isEqualTo("http://adlnet.gov/expapi/verbs/failed");
		assertThat(map(statement.body().get("object")).get("id"))
			.isEqualTo("https://learn.example.org/xapi/activities/course/first-time-every-time/quiz");
		Map<String, Object> result = map(statement.body().get("result"));
		assertThat(result.get("success")).isEqualTo(false);
		assertThat(map(result.get("score"))).containsEntry("scaled", 0.5).containsEntry("raw", 50);
		assertThat(statement.body().get("timestamp")).isEqualTo("2026-12-02T09:14:03.118Z");
	}

	@Test
	void an_unanswered_scenario_sends_no_answered_statement_and_a_partly_right_one_is_not_a_success() {
		List<XapiStatements.Statement> answered = this.production.answered(DANA, submitted(false, 50));

		assertThat(answered).hasSize(1);
		Map<String, Object> result = map(answered.getFirst().body().get("result"));
		assertThat(result.get("success")).isEqualTo(false);
		assertThat(map(result.get("score"))).containsEntry("scaled", 0.6667).containsEntry("raw", 3);
		assertThat(map(map(answered.getFirst().body().get("context")).get("extensions")))
			.containsEntry("https://learn.example.org/xapi/extensions/traits", List.of("accuracy"));
	}

	private static QuizAttemptSubmitted submitted(boolean passed, int score) {
		return new QuizAttemptSubmitted(7, 42, "first-time-every-time", "First time, every time", 1, score, 75, passed,
				"en", WHEN,
				List.of(new QuizAttemptSubmitted.ScenarioAnswer(1, "ftet-the-second-trip", "The second trip",
						"How do you respond?", List.of("accuracy"), "Redo the transfer.", 3, 2 / 3.0, false),
						new QuizAttemptSubmitted.ScenarioAnswer(2, "ftet-the-queue", "The queue", "What now?",
								List.of("pace"), null, null, 0, false)));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

}
