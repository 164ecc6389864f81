package org.servewell.xapi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.servewell.learning.CourseCompleted;
import org.servewell.learning.LessonMarkedRead;
import org.servewell.learning.QuizAttemptStarted;
import org.servewell.learning.QuizAttemptSubmitted;

/**
 * Learning events as xAPI 1.0.3 statements: ADL verbs where ADL has one, activity ids
 * under {@code {public-url}/xapi/activities/} that stay the same across course versions
 * (by course code, lesson number and scenario key), and a statement id derived from what
 * happened, so that the same event always becomes the same statement. Pure: no database,
 * no network.
 */
final class XapiStatements {

	static final String EXPERIENCED = "http://adlnet.gov/expapi/verbs/experienced";

	static final String ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted";

	static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";

	static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";

	static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";

	static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";

	static final String INTERACTED = "http://adlnet.gov/expapi/verbs/interacted";

	static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

	/** ADL has no verb for earning a certificate; the Tin Can registry's is the usual. */
	static final String EARNED = "http://id.tincanapi.com/verb/earned";

	static final String COURSE_TYPE = "http://adlnet.gov/expapi/activities/course";

	static final String LESSON_TYPE = "http://adlnet.gov/expapi/activities/lesson";

	static final String ASSESSMENT_TYPE = "http://adlnet.gov/expapi/activities/assessment";

	static final String QUESTION_TYPE = "http://adlnet.gov/expapi/activities/question";

	static final String PLATFORM = "Servewell";

	/** One statement: its id, the verb's last word (for the outbox's list) and body. */
	record Statement(UUID id, String verb, Map<String, Object> body) {
	}

	/** Who did it: the learner's name and email. */
	record Actor(String name, String email) {
	}

	private final String home;

	private final String base;

	/**
	 * @param publicUrl where Servewell is reached, such as https://learn.example.com
	 */
	XapiStatements(String publicUrl) {
		this.home = publicUrl.replaceAll("/+$", "");
		this.base = this.home + "/xapi";
	}

	Statement lessonRead(Actor actor, LessonMarkedRead read) {
		Map<String, Object> lesson = activity(lessonId(read.courseCode(), read.lessonNumber()), LESSON_TYPE,
				read.language(), read.lessonTitle());
		Map<String, Object> context = context(read.language(), null);
		context.put("contextActivities",
				Map.of("parent", List.of(course(read.courseCode(), read.language(), read.courseTitle()))));
		return statement("lesson:" + read.personId() + ":" + read.courseVersionId() + ":" + read.lessonNumber(), actor,
				EXPERIENCED, lesson, null, context, read.readAt());
	}

	Statement attempted(Actor actor, QuizAttemptStarted started) {
		Map<String, Object> context = context(started.language(), registration(started.attemptId()));
		context.put("contextActivities",
				Map.of("parent", List.of(course(started.courseCode(), started.language(), started.courseTitle()))));
		context.put("extensions", Map.of(extension("attempt-number"), started.attemptNumber()));
		return statement("attempted:" + started.attemptId(), actor, ATTEMPTED,
				quiz(started.courseCode(), started.language(), started.courseTitle()), null, context,
				started.startedAt());
	}

	/** One "answered" per scenario the learner answered; unanswered ones are left out. */
	List<Statement> answered(Actor actor, QuizAttemptSubmitted submitted) {
		List<Statement> statements = new ArrayList<>();
		for (QuizAttemptSubmitted.ScenarioAnswer answer : submitted.scenarios()) {
			if (!answer.answered()) {
				continue;
			}
			Map<String, Object> scenario = activity(scenarioId(submitted.courseCode(), answer.scenarioKey()),
					QUESTION_TYPE, submitted.language(), answer.title());
			@SuppressWarnings("unchecked")
			Map<String, Object> definition = (Map<String, Object>) scenario.get("definition");
			definition.put("description", Map.of(languageTag(submitted.language()), answer.prompt()));
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("success", answer.best());
			result.put("score", score(answer.credit(), answer.rating(), 1, 4));
			result.put("response", answer.chosenOption());
			Map<String, Object> context = context(submitted.language(), registration(submitted.attemptId()));
			context.put("contextActivities", Map.of("parent",
					List.of(quiz(submitted.courseCode(), submitted.language(), submitted.courseTitle())), "grouping",
					List.of(course(submitted.courseCode(), submitted.language(), submitted.courseTitle()))));
			context.put("extensions", Map.of(extension("traits"), answer.traits()));
			statements.add(statement("answered:" + submitted.attemptId() + ":" + answer.itemNumber(), actor, ANSWERED,
					scenario, result, context, submitted.submittedAt()));
		}
		return statements;
	}

	Statement quizResult(Actor actor, QuizAttemptSubmitted submitted) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("success", submitted.passed());
		result.put("completion", true);
		result.put("score", score(submitted.scorePercent() / 100.0, submitted.scorePercent(), 0, 100));
		Map<String, Object> context = context(submitted.language(), registration(submitted.attemptId()));
		context.put("contextActivities", Map.of("parent",
				List.of(course(submitted.courseCode(), submitted.language(), submitted.courseTitle()))));
		context.put("extensions", Map.of(extension("attempt-number"), submitted.attemptNumber(), extension("pass-mark"),
				submitted.passMark()));
		return statement("scored:" + submitted.attemptId(), actor, submitted.passed() ? PASSED : FAILED,
				quiz(submitted.courseCode(), submitted.language(), submitted.courseTitle()), result, context,
				submitted.submittedAt());
	}

	Statement completed(Actor actor, CourseCompleted completed) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("success", true);
		result.put("completion", true);
		return statement(completedName(completed.completionId()), actor, COMPLETED,
				course(completed.courseCode(), completed.language(), completed.courseTitle()), result,
				context(completed.language(), null), completed.completedAt());
	}

	Statement earned(Actor actor, CourseCompleted completed) {
		Map<String, Object> certificate = new LinkedHashMap<>();
		certificate.put("objectType", "Activity");
		certificate.put("id", this.base + "/activities/certificate/" + completed.completionId());
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("name", Map.of(languageTag(completed.language()),
				"Certificate " + completed.certificateNumber() + ": " + completed.courseTitle()));
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put(extension("certificate-number"), completed.certificateNumber());
		if (completed.expiresOn() != null) {
			extensions.put(extension("expires-on"), completed.expiresOn().toString());
		}
		definition.put("extensions", extensions);
		certificate.put("definition", definition);
		Map<String, Object> context = context(completed.language(), null);
		context.put("contextActivities", Map.of("grouping",
				List.of(course(completed.courseCode(), completed.language(), completed.courseTitle()))));
		return statement(earnedName(completed.completionId()), actor, EARNED, certificate, null, context,
				completed.completedAt());
	}

	/**
	 * The ids of the statements a completion was sent as ("completed" and "earned"), to
	 * void when it is withdrawn.
	 */
	List<UUID> completionStatementIds(long completionId) {
		return List.of(nameBased(completedName(completionId)), nameBased(earnedName(completionId)));
	}

	/**
	 * Voids a statement sent before, as xAPI takes back what no longer stands: Servewell
	 * itself is the actor, since the learner did not take it back.
	 */
	Statement voided(UUID target, Instant at) {
		Map<String, Object> servewell = new LinkedHashMap<>();
		servewell.put("objectType", "Agent");
		servewell.put("name", PLATFORM);
		servewell.put("account", Map.of("homePage", this.home, "name", "servewell"));
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("objectType", "StatementRef");
		object.put("id", target.toString());
		UUID id = nameBased("voided:" + target);
		return new Statement(id, "voided", body(id, servewell, VOIDED, object, null, context(null, null), at));
	}

	/** A statement an administrator sends to try the LRS: a new id each time. */
	Statement test(Actor actor, Instant now) {
		Map<String, Object> object = activity(this.base + "/activities/connection-test", null, null,
				"Servewell connection test");
		UUID id = UUID.randomUUID();
		return new Statement(id, "interacted",
				body(id, agent(actor), INTERACTED, object, null, context(null, null), now));
	}

	private Statement statement(String what, Actor actor, String verb, Map<String, Object> object,
			Map<String, Object> result, Map<String, Object> context, Instant timestamp) {
		UUID id = nameBased(what);
		return new Statement(id, verb.substring(verb.lastIndexOf('/') + 1),
				body(id, agent(actor), verb, object, result, context, timestamp));
	}

	private static Map<String, Object> agent(Actor actor) {
		Map<String, Object> agent = new LinkedHashMap<>();
		agent.put("objectType", "Agent");
		agent.put("name", actor.name());
		agent.put("mbox", "mailto:" + actor.email());
		return agent;
	}

	private static String completedName(long completionId) {
		return "completed:" + completionId;
	}

	private static String earnedName(long completionId) {
		return "earned:" + completionId;
	}

	private static Map<String, Object> body(UUID id, Map<String, Object> actor, String verb, Map<String, Object> object,
			Map<String, Object> result, Map<String, Object> context, Instant timestamp) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", id.toString());
		body.put("actor", actor);
		Map<String, Object> verbOf = new LinkedHashMap<>();
		verbOf.put("id", verb);
		verbOf.put("display", Map.of("en-US", verb.substring(verb.lastIndexOf('/') + 1)));
		body.put("verb", verbOf);
		body.put("object", object);
		if (result != null) {
			body.put("result", result);
		}
		body.put("context", context);
		body.put("timestamp", timestamp.truncatedTo(ChronoUnit.MILLIS).toString());
		return body;
	}

	private Map<String, Object> course(String courseCode, String language, String title) {
		return activity(courseId(courseCode), COURSE_TYPE, language, title);
	}

	private Map<String, Object> quiz(String courseCode, String language, String courseTitle) {
		return activity(courseId(courseCode) + "/quiz", ASSESSMENT_TYPE, language, "Quiz: " + courseTitle);
	}

	String courseId(String courseCode) {
		return this.base + "/activities/course/" + courseCode;
	}

	String lessonId(String courseCode, int lessonNumber) {
		return courseId(courseCode) + "/lesson/" + lessonNumber;
	}

	String scenarioId(String courseCode, String scenarioKey) {
		return courseId(courseCode) + "/scenario/" + scenarioKey;
	}

	private String extension(String name) {
		return this.base + "/extensions/" + name;
	}

	private static Map<String, Object> activity(String id, String type, String language, String name) {
		Map<String, Object> activity = new LinkedHashMap<>();
		activity.put("objectType", "Activity");
		activity.put("id", id);
		Map<String, Object> definition = new LinkedHashMap<>();
		if (type != null) {
			definition.put("type", type);
		}
		definition.put("name", Map.of(languageTag(language), name));
		activity.put("definition", definition);
		return activity;
	}

	private static Map<String, Object> context(String language, UUID registration) {
		Map<String, Object> context = new LinkedHashMap<>();
		if (registration != null) {
			context.put("registration", registration.toString());
		}
		context.put("platform", PLATFORM);
		if (language != null) {
			context.put("language", language);
		}
		return context;
	}

	private static Map<String, Object> score(double scaled, int raw, int min, int max) {
		Map<String, Object> score = new LinkedHashMap<>();
		score.put("scaled", Math.round(scaled * 10000) / 10000.0);
		score.put("raw", raw);
		score.put("min", min);
		score.put("max", max);
		return score;
	}

	/** The statements of one attempt share a registration, so an LRS can group them. */
	private UUID registration(long attemptId) {
		return nameBased("attempt:" + attemptId);
	}

	/**
	 * A name-based UUID of what happened in this Servewell (its address part of the
	 * name): database ids repeat across installations, and a staging and a production
	 * Servewell sending to one LRS must not make the same statement id for different
	 * learning.
	 */
	private UUID nameBased(String what) {
		return UUID.nameUUIDFromBytes((this.base + ":" + what).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Titles without a known language (the connection test) are labelled "und",
	 * undetermined.
	 */
	private static String languageTag(String language) {
		return (language != null && !language.isBlank()) ? language : "und";
	}

}
