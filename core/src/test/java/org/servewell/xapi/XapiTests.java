package org.servewell.xapi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.AttemptService;
import org.servewell.learning.CompletionWithdrawals;
import org.servewell.learning.AttemptResult;
import org.servewell.learning.LearnerService;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestLearners;
import org.servewell.testsupport.TestPeople;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * xAPI end to end against a real database and a real HTTP server as the LRS: learning
 * written to the outbox as statements with the change that caused it, sent in batches by
 * the job, retried with back-off, each statement id stored once. Tests commit, so each
 * uses new learners and starts from an empty outbox and no LRS. Subclasses choose the
 * database.
 */
abstract class XapiTests extends WithATestLrs {

	static final String COURSE = "first-time-every-time";

	static final String ADL = "http://adlnet.gov/expapi/verbs/";

	static final String ACTIVITIES = "http://localhost:8080/xapi/activities/";

	@Autowired
	XapiDeliveryJob job;

	@Autowired
	PeopleService people;

	@Autowired
	LearnerService learner;

	@Autowired
	AttemptService attempts;

	@Autowired
	CompletionWithdrawals withdrawals;

	@Autowired
	CourseBank bank;

	@Autowired
	JsonMapper json;

	@Test
	void learner_who_reads_lessons_passes_the_quiz_and_completes_the_course_is_sent_to_the_lrs_as_statements() {
		setLrs(this.lrs.endpoint(), true);
		String email = TestPeople.create(this.people, Role.LEARNER);
		BankVersion version = newestVersion();

		long completionId = complete(email, version).completionId();
		assertThat(this.lrs.requests()).as("nothing is sent inside the learner's transactions").isEmpty();

		int stored = this.job.deliverDue(dueNow());

		List<JsonNode> statements = statementsSent();
		assertThat(stored).isEqualTo(statements.size());
		Lrs.Request request = this.lrs.requests().getFirst();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/xapi/statements");
		assertThat(request.contentType()).isEqualTo("application/json");
		assertThat(request.version()).isEqualTo("1.0.3");
		int scenarios = version.quiz().scenariosPerAttempt();
		int lessons = version.lessons().size();
		assertThat(statements).extracting((statement) -> statement.get("verb").get("id").asString())
			.containsExactlyInAnyOrderElementsOf(expectedVerbs(lessons, scenarios));
		assertThat(statements).extracting((statement) -> statement.get("id").asString()).doesNotHaveDuplicates();
		String activities = "http://localhost:8080/xapi/activities/course/" + COURSE;
		for (JsonNode statement : statements) {
			assertThat(statement.get("actor").get("objectType").asString()).isEqualTo("Agent");
			assertThat(statement.get("actor").get("mbox").asString()).isEqualTo("mailto:" + email);
			assertThat(statement.get("actor").get("name").asString()).startsWith("Person ");
			assertThat(statement.get("object").get("id").asString())
				.startsWith("http://localhost:8080/xapi/activities/");
			assertThat(Instant.parse(statement.get("timestamp").asString())).isBefore(Instant.now().plusSeconds(1))
				.isAfter(Instant.now().minus(Duration.ofMinutes(5)));
			assertThat(statement.get("context").get("platform").asString()).isEqualTo("Servewell");
		}
		JsonNode lesson = only(statements, ADL + "experienced", activities + "/lesson/1");
		assertThat(lesson.get("context").get("language").asString()).isEqualTo(version.language());
		assertThat(lesson.get("object").get("definition").get("type").asString())
			.isEqualTo("http://adlnet.gov/expapi/activities/lesson");
		assertThat(lesson.has("result")).isFalse();
		JsonNode attempted = only(statements, ADL + "attempted", activities + "/quiz");
		assertThat(attempted.has("result")).isFalse();
		JsonNode passed = only(statements, ADL + "passed", activities + "/quiz");
		assertThat(passed.get("result").get("success").asBoolean()).isTrue();
		assertThat(passed.get("result").get("score").get("scaled").asDouble()).isEqualTo(1.0);
		assertThat(passed.get("result").get("score").get("raw").asInt()).isEqualTo(100);
		assertThat(passed.get("context").get("registration").asString())
			.isEqualTo(attempted.get("context").get("registration").asString());
		List<JsonNode> answered = withVerb(statements, ADL + "answered");
		assertThat(answered).hasSize(scenarios).allSatisfy((answer) -> {
			assertThat(answer.get("object").get("id").asString()).startsWith(activities + "/scenario/");
			assertThat(answer.get("result").get("success").asBoolean()).isTrue();
			assertThat(answer.get("result").get("score").get("scaled").asDouble()).isEqualTo(1.0);
			assertThat(answer.get("result").get("score").get("raw").asInt()).isEqualTo(4);
			assertThat(answer.get("context").get("extensions").get("http://localhost:8080/xapi/extensions/traits"))
				.isNotEmpty();
		});
		assertThat(answered).extracting((answer) -> answer.get("object").get("id").asString())
			.containsExactlyInAnyOrderElementsOf(scenarioIdsOf(version, answered));
		JsonNode completed = only(statements, ADL + "completed", activities);
		assertThat(completed.get("result").get("completion").asBoolean()).isTrue();
		assertThat(completed.get("context").get("language").asString()).isEqualTo(version.language());
		JsonNode earned = only(statements, "http://id.tincanapi.com/verb/earned",
				"http://localhost:8080/xapi/activities/certificate/" + completionId);
		assertThat(earned.get("context").get("language").asString()).isEqualTo(version.language());
		assertThat(earned.get("object").get("definition").get("name").get(version.language()).asString())
			.startsWith("Certificate SW-");
		System.out.println("Example statements, as the LRS received them:\n"
				+ this.json.writerWithDefaultPrettyPrinter().writeValueAsString(List.of(answered.getFirst(), passed)));
		assertThat(overview().delivered()).isEqualTo(statements.size());
		assertThat(overview().pending()).isZero();

		int requests = this.lrs.requests().size();
		this.job.deliverDue(dueNow().plus(Duration.ofDays(1)));
		assertThat(this.lrs.requests()).as("nothing is sent twice").hasSize(requests);
	}

	@Test
	void withdrawn_completion_voids_its_completed_and_earned_statements_in_the_lrs() {
		setLrs(this.lrs.endpoint(), true);
		String email = TestPeople.create(this.people, Role.LEARNER);
		long completionId = complete(email, newestVersion()).completionId();
		this.job.deliverDue(dueNow());
		List<JsonNode> sent = statementsSent();
		String completed = only(sent, ADL + "completed", ACTIVITIES + "course/" + COURSE).get("id").asString();
		String earned = withVerb(sent, "http://id.tincanapi.com/verb/earned").getFirst().get("id").asString();
		int requests = this.lrs.requests().size();

		SignedIn.run(TestPeople.ADMIN, () -> this.withdrawals.withdraw(completionId, "Certificate issued in error."),
				Roles.ADMIN);
		this.job.deliverDue(dueNow());

		List<JsonNode> voided = withVerb(statementsSent(), ADL + "voided");
		assertThat(this.lrs.requests()).hasSize(requests + 1);
		assertThat(voided).extracting((statement) -> statement.get("object").get("id").asString())
			.containsExactlyInAnyOrder(completed, earned);
		assertThat(voided).allSatisfy((statement) -> {
			assertThat(statement.get("object").get("objectType").asString()).isEqualTo("StatementRef");
			assertThat(statement.get("actor").get("account").get("homePage").asString())
				.isEqualTo("http://localhost:8080");
		});
	}

	@Test
	void lrs_failing_with_500_is_tried_again_after_the_back_off_and_each_statement_is_stored_once() {
		setLrs(this.lrs.endpoint(), true);
		this.lrs.answer(500);
		String email = TestPeople.create(this.people, Role.LEARNER);
		readEveryLesson(email, newestVersion());
		Instant now = dueNow();

		assertThat(this.job.deliverDue(now)).isZero();
		XapiOverview afterFailure = overview();
		assertThat(afterFailure.pending()).isEqualTo(newestVersion().lessons().size());
		assertThat(pendingRows("attempts = 1 AND last_status_code = 500")).isEqualTo(afterFailure.pending());

		this.job.deliverDue(now.plusSeconds(30));
		assertThat(this.lrs.requests()).as("not before the wait is over").hasSize(1);

		int stored = this.job.deliverDue(now.plus(Duration.ofMinutes(1)).plusSeconds(1));

		assertThat(stored).isEqualTo(afterFailure.pending());
		assertThat(this.lrs.requests()).hasSize(2);
		assertThat(ids(this.lrs.requests().get(1)))
			.containsExactlyInAnyOrderElementsOf(ids(this.lrs.requests().get(0)));
		assertThat(overview().delivered()).isEqualTo(stored);
		this.job.deliverDue(now.plus(Duration.ofDays(1)));
		assertThat(this.lrs.requests()).hasSize(2);
	}

	@Test
	void statements_go_25_to_a_request_and_a_run_stops_at_a_batch_the_lrs_refuses() {
		setLrs(this.lrs.endpoint(), true);
		while (rows() <= 25) {
			complete(TestPeople.create(this.people, Role.LEARNER), newestVersion());
		}
		long queued = rows();
		this.lrs.answer(500);
		Instant now = dueNow();

		assertThat(this.job.deliverDue(now)).isZero();
		assertThat(this.lrs.requests()).as("the rest waits for the next run").hasSize(1);
		assertThat(ids(this.lrs.requests().getFirst())).hasSize(25);
		assertThat(pendingRows("attempts = 0")).isEqualTo(queued - 25);

		int stored = this.job.deliverDue(now.plus(Duration.ofMinutes(1)).plusSeconds(1));

		assertThat(stored).isEqualTo(queued);
		assertThat(this.lrs.requests()).hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy((request) -> assertThat(ids(request)).hasSizeLessThanOrEqualTo(25));
		assertThat(overview().delivered()).isEqualTo(queued);
	}

	@Test
	void lrs_answering_409_for_a_batch_is_sent_it_statement_by_statement_and_a_statement_it_had_counts_as_stored() {
		setLrs(this.lrs.endpoint(), true);
		String email = TestPeople.create(this.people, Role.LEARNER);
		readEveryLesson(email, newestVersion());
		int lessons = newestVersion().lessons().size();
		this.lrs.answer(409, 409);

		int stored = this.job.deliverDue(dueNow());

		assertThat(stored).isEqualTo(lessons);
		assertThat(this.lrs.requests()).hasSize(1 + lessons);
		assertThat(this.lrs.requests().subList(1, 1 + lessons))
			.allSatisfy((single) -> assertThat(ids(single)).hasSize(1));
		assertThat(overview().delivered()).isEqualTo(lessons);
		assertThat(overview().failed()).isZero();
	}

	@Test
	void statements_the_lrs_keeps_refusing_are_given_up_shown_with_the_error_and_sent_again_on_request() {
		setLrs(this.lrs.endpoint(), true);
		this.lrs.answerAlways(503);
		String email = TestPeople.create(this.people, Role.LEARNER);
		SignedIn.run(email, () -> this.learner.markRead(COURSE, 1), Roles.LEARNER);
		Instant now = dueNow();
		List<Duration> waits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
				Duration.ofHours(2), Duration.ofHours(12), Duration.ofHours(12));
		for (int attempt = 1; attempt <= XapiLimits.MAX_ATTEMPTS; attempt++) {
			this.job.deliverDue(now);
			now = now.plus(waits.get(attempt - 1)).plusSeconds(1);
		}

		XapiOverview overview = overview();
		assertThat(overview.failed()).isOne();
		assertThat(overview.pending()).isZero();
		FailedStatement failure = overview.latestFailures().getFirst();
		assertThat(failure.verb()).isEqualTo("experienced");
		assertThat(failure.attempts()).isEqualTo(XapiLimits.MAX_ATTEMPTS);
		assertThat(failure.lastStatusCode()).isEqualTo(503);
		assertThat(failure.lastError()).isEqualTo("The LRS answered HTTP 503.");
		this.job.deliverDue(now.plus(Duration.ofDays(2)));
		assertThat(this.lrs.requests()).hasSize(XapiLimits.MAX_ATTEMPTS);

		this.lrs.answerAlways(204);
		assertThat(admin(this.xapi::sendFailedAgain)).isOne();
		this.job.deliverDue(dueNow());

		assertThat(overview().delivered()).isOne();
		assertThat(overview().failed()).isZero();
		assertThat(this.lrs.requests()).hasSize(XapiLimits.MAX_ATTEMPTS + 1)
			.extracting(XapiTests::ids)
			.containsOnly(List.of(failure.statementId().toString()));
	}

	@Test
	void unreachable_lrs_neither_fails_nor_waits_in_the_learners_transactions_and_is_tried_again_later() {
		String unreachable;
		try (Lrs closed = new Lrs(200)) {
			unreachable = closed.endpoint();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		setLrs(unreachable, true);
		String email = TestPeople.create(this.people, Role.LEARNER);
		BankVersion version = newestVersion();

		assertThat(complete(email, version).completionId()).as("the course is complete").isNotNull();
		long queued = overview().pending();
		assertThat(queued)
			.isEqualTo(expectedVerbs(version.lessons().size(), version.quiz().scenariosPerAttempt()).size());
		assertThat(this.job.deliverDue(dueNow())).isZero();
		assertThat(overview().pending()).isEqualTo(queued);
		assertThat(pendingRows("attempts = 1 AND last_status_code IS NULL AND last_error LIKE 'Could not connect%'"))
			.isEqualTo(queued);
	}

	@Test
	void without_an_lrs_set_or_while_it_is_turned_off_learning_queues_no_statements() {
		String first = TestPeople.create(this.people, Role.LEARNER);
		complete(first, newestVersion());
		assertThat(rows()).isZero();

		setLrs(this.lrs.endpoint(), false);
		String second = TestPeople.create(this.people, Role.LEARNER);
		complete(second, newestVersion());
		assertThat(rows()).isZero();

		this.job.deliverDue(dueNow());
		assertThat(this.lrs.requests()).isEmpty();
	}

	@Test
	void lesson_read_rolled_back_takes_its_statement_with_it() {
		setLrs(this.lrs.endpoint(), true);
		String email = TestPeople.create(this.people, Role.LEARNER);

		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			SignedIn.run(email, () -> this.learner.markRead(COURSE, 1), Roles.LEARNER);
			assertThat(rows()).as("written in the lesson's transaction").isOne();
			status.setRollbackOnly();
		});

		assertThat(rows()).isZero();
	}

	@Test
	void delivered_statements_are_deleted_after_30_days_and_failed_ones_after_90() {
		setLrs(this.lrs.endpoint(), true);
		String email = TestPeople.create(this.people, Role.LEARNER);
		SignedIn.run(email, () -> this.learner.markRead(COURSE, 1), Roles.LEARNER);
		SignedIn.run(email, () -> this.learner.markRead(COURSE, 2), Roles.LEARNER);
		this.job.deliverDue(dueNow());
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.jdbc
			.update("UPDATE xapi_statement SET status = 'FAILED' WHERE id = (SELECT MAX(id) FROM xapi_statement)"));
		assertThat(overview().delivered()).isOne();
		assertThat(overview().failed()).isOne();

		this.job.deleteOld(Instant.now().plus(Duration.ofDays(29)));
		assertThat(rows()).isEqualTo(2);

		this.job.deleteOld(Instant.now().plus(Duration.ofDays(31)));
		assertThat(overview().delivered()).isZero();
		assertThat(overview().failed()).isOne();

		this.job.deleteOld(Instant.now().plus(Duration.ofDays(91)));
		assertThat(rows()).isZero();
	}

	static List<String> expectedVerbs(int lessons, int scenarios) {
		List<String> verbs = new ArrayList<>();
		for (int i = 0; i < lessons; i++) {
			verbs.add(ADL + "experienced");
		}
		verbs.add(ADL + "attempted");
		for (int i = 0; i < scenarios; i++) {
			verbs.add(ADL + "answered");
		}
		verbs.addAll(List.of(ADL + "passed", ADL + "completed", "http://id.tincanapi.com/verb/earned"));
		return verbs;
	}

	private List<String> scenarioIdsOf(BankVersion version, List<JsonNode> answered) {
		Set<String> known = version.scenarios()
			.stream()
			.map((scenario) -> "http://localhost:8080/xapi/activities/course/" + COURSE + "/scenario/" + scenario.key())
			.collect(Collectors.toSet());
		List<String> ids = answered.stream().map((answer) -> answer.get("object").get("id").asString()).toList();
		assertThat(known).containsAll(ids);
		return ids;
	}

	/** Every statement the LRS received in a 2xx-answered request. */
	List<JsonNode> statementsSent() {
		List<JsonNode> all = new ArrayList<>();
		for (Lrs.Request request : this.lrs.requests()) {
			this.json.readTree(request.body()).forEach(all::add);
		}
		return all;
	}

	static List<JsonNode> withVerb(List<JsonNode> statements, String verb) {
		return statements.stream()
			.filter((statement) -> statement.get("verb").get("id").asString().equals(verb))
			.toList();
	}

	static JsonNode only(List<JsonNode> statements, String verb, String objectId) {
		List<JsonNode> found = withVerb(statements, verb).stream()
			.filter((statement) -> statement.get("object").get("id").asString().equals(objectId))
			.toList();
		assertThat(found).as(verb + " " + objectId).hasSize(1);
		return found.getFirst();
	}

	static List<String> ids(Lrs.Request request) {
		List<String> ids = new ArrayList<>();
		JsonMapper.builder()
			.build()
			.readTree(request.body())
			.forEach((statement) -> ids.add(statement.get("id").asString()));
		return ids;
	}

	void setLrs(String endpoint, boolean enabled) {
		admin(() -> this.xapi.save(new LrsForm(endpoint, Lrs.KEY, Lrs.SECRET, enabled)));
	}

	XapiOverview overview() {
		return admin(this.xapi::overview);
	}

	long pendingRows(String condition) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM xapi_statement WHERE status = 'PENDING' AND " + condition,
				Long.class);
	}

	/**
	 * A time at which what was just queued is due: on MariaDB the driver keeps times to
	 * the second.
	 */
	static Instant dueNow() {
		return Instant.now().plusSeconds(1);
	}

	BankVersion newestVersion() {
		return this.bank.newestVersion(this.bank.courseId(COURSE).orElseThrow()).orElseThrow();
	}

	void readEveryLesson(String email, BankVersion version) {
		for (BankVersion.BankLesson lesson : version.lessons()) {
			SignedIn.run(email, () -> this.learner.markRead(COURSE, lesson.number()), Roles.LEARNER);
		}
	}

	/** Reads every lesson and passes the quiz with the best answers. */
	AttemptResult complete(String email, BankVersion version) {
		return TestLearners.completeWithBestAnswers(this.learner, this.attempts, email, COURSE, version);
	}

}
