package org.servewell.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.hiring.CandidateHired;
import org.servewell.learning.AttemptService;
import org.servewell.learning.CompletionWithdrawals;
import org.servewell.learning.LearnerService;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.JobLocks;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestLearners;
import org.servewell.testsupport.TestPeople;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Webhooks end to end against a real database and a real HTTP receiver: events written to
 * the outbox with the change that caused them, delivered signed by the job, retried with
 * back-off, given up, sent again. Tests commit, so each uses new people and deletes its
 * webhooks. Subclasses choose the database.
 */
@SpringBootTest
abstract class WebhookTests {

	static final String ADMIN = TestPeople.ADMIN;

	static final String COURSE = "first-time-every-time";

	/**
	 * Times as the database keeps them: to the second through the MySQL driver on
	 * MariaDB.
	 */
	static final org.assertj.core.data.TemporalUnitOffset PRECISION = within(1, ChronoUnit.SECONDS);

	@Autowired
	WebhookService webhooks;

	@Autowired
	WebhookDeliveryJob job;

	@Autowired
	PeopleService people;

	@Autowired
	LearnerService learner;

	@Autowired
	AttemptService attempts;

	@Autowired
	CourseBank bank;

	@Autowired
	CompletionWithdrawals withdrawals;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	Receiver receiver;

	final List<Long> registered = new ArrayList<>();

	@BeforeEach
	void startReceiver() throws Exception {
		this.receiver = new Receiver(204);
	}

	@AfterEach
	void deleteWebhooksAndStopReceiver() {
		this.registered.forEach((id) -> admin(() -> {
			this.webhooks.delete(id);
			return null;
		}));
		this.receiver.close();
	}

	@Test
	void completed_course_is_delivered_to_the_webhook_signed_with_its_secret() throws Exception {
		NewWebhook hook = register("LMS sync", this.receiver.url(), WebhookEvent.COURSE_COMPLETED);
		String email = TestPeople.create(this.people, Role.LEARNER);
		long personId = TestPeople.id(this.people, email);

		long completionId = complete(email);

		DeliverySummary queued = deliveryOf(hook);
		assertThat(queued.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(queued.eventType()).isEqualTo("course.completed");
		assertThat(this.receiver.requests()).as("nothing is sent inside the completion").isEmpty();

		this.job.deliverDue(Instant.now());

		Receiver.Request request = this.receiver.requests().getFirst();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/hooks/servewell");
		assertThat(request.contentType()).isEqualTo("application/json");
		assertThat(request.event()).isEqualTo("course.completed");
		assertThat(request.delivery()).isEqualTo(queued.eventId().toString());
		assertThat(Long.parseLong(request.timestamp())).isCloseTo(Instant.now().getEpochSecond(),
				org.assertj.core.data.Offset.offset(60L));
		assertThat(request.signature())
			.isEqualTo("sha256=" + hmac(hook.secret(), request.timestamp() + "." + request.body()));
		JsonNode payload = this.json.readTree(request.body());
		assertThat(payload.get("id").asString()).isEqualTo(queued.eventId().toString());
		assertThat(payload.get("type").asString()).isEqualTo("course.completed");
		assertThat(Instant.parse(payload.get("occurredAt").asString())).isBefore(Instant.now().plusSeconds(1));
		JsonNode data = payload.get("data");
		assertThat(data.get("personId").asLong()).isEqualTo(personId);
		assertThat(data.get("email").asString()).isEqualTo(email);
		assertThat(data.get("courseCode").asString()).isEqualTo(COURSE);
		assertThat(data.get("courseTitle").asString()).isNotBlank();
		assertThat(data.get("certificateId").asLong()).isEqualTo(completionId);
		assertThat(data.get("certificateNumber").asString()).startsWith("SW-");
		DeliverySummary delivered = deliveryOf(hook);
		assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
		assertThat(delivered.attempts()).isEqualTo(1);
		assertThat(delivered.lastStatusCode()).isEqualTo(204);
		assertThat(delivered.deliveredAt()).isNotNull();
		assertThat(delivered.nextAttemptAt()).isNull();
	}

	@Test
	void withdrawn_certificate_is_delivered_as_certificate_withdrawn_to_webhooks_that_want_it() throws Exception {
		register("HRIS", this.receiver.url(), WebhookEvent.CERTIFICATE_WITHDRAWN);
		String email = TestPeople.create(this.people, Role.LEARNER);
		long completionId = complete(email);

		admin(() -> this.withdrawals.withdraw(completionId, "Completed on a colleague's account"));
		this.job.deliverDue(Instant.now());

		Receiver.Request request = this.receiver.requests().getFirst();
		assertThat(request.event()).isEqualTo("certificate.withdrawn");
		JsonNode data = this.json.readTree(request.body()).get("data");
		assertThat(data.get("email").asString()).isEqualTo(email);
		assertThat(data.get("certificateId").asLong()).isEqualTo(completionId);
		assertThat(data.get("courseTitle").asString()).isEqualTo(newestVersion().title());
		assertThat(Instant.parse(data.get("withdrawnAt").asString())).isBefore(Instant.now().plusSeconds(1));
		assertThat(request.body()).as("the reason stays in Servewell").doesNotContain("colleague");
	}

	@Test
	void completion_rolled_back_takes_its_outbox_row_with_it() {
		NewWebhook hook = register("Rolled back", this.receiver.url(), WebhookEvent.COURSE_COMPLETED);
		String email = TestPeople.create(this.people, Role.LEARNER);
		long personId = TestPeople.id(this.people, email);
		BankVersion version = newestVersion();
		TestLearners.passWithBestAnswers(this.attempts, email, COURSE, version);
		List<BankVersion.BankLesson> lessons = version.lessons();
		lessons.subList(0, lessons.size() - 1)
			.forEach((lesson) -> SignedIn.run(email, () -> this.learner.markRead(COURSE, lesson.number()),
					Roles.LEARNER));

		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.executeWithoutResult((status) -> {
			SignedIn.run(email, () -> this.learner.markRead(COURSE, lessons.getLast().number()), Roles.LEARNER);
			assertThat(count("SELECT COUNT(*) FROM completion WHERE person_id = ?", personId)).isEqualTo(1);
			assertThat(count("SELECT COUNT(*) FROM webhook_delivery WHERE webhook_id = ?", hook.webhook().id()))
				.as("written in the completion's transaction")
				.isEqualTo(1);
			status.setRollbackOnly();
		});

		assertThat(count("SELECT COUNT(*) FROM completion WHERE person_id = ?", personId)).isZero();
		assertThat(count("SELECT COUNT(*) FROM webhook_delivery WHERE webhook_id = ?", hook.webhook().id())).isZero();
	}

	@Test
	void hire_is_delivered_as_person_hired_to_webhooks_that_want_it_only() throws Exception {
		NewWebhook hires = register("HR system", this.receiver.url(), WebhookEvent.PERSON_HIRED);
		NewWebhook completions = register("Completions only", this.receiver.url(), WebhookEvent.COURSE_COMPLETED);
		String email = TestPeople.create(this.people, Role.LEARNER);
		long personId = TestPeople.id(this.people, email);

		new TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> this.events.publishEvent(new CandidateHired(0, personId,
					LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 3), "Reception", List.of())));
		this.job.deliverDue(Instant.now());

		assertThat(deliveriesOf(completions)).isEmpty();
		assertThat(deliveryOf(hires).status()).isEqualTo(DeliveryStatus.DELIVERED);
		Receiver.Request request = this.receiver.requests().getFirst();
		assertThat(request.event()).isEqualTo("person.hired");
		JsonNode data = this.json.readTree(request.body()).get("data");
		assertThat(data.get("personId").asLong()).isEqualTo(personId);
		assertThat(data.get("email").asString()).isEqualTo(email);
		assertThat(data.get("jobRole").asString()).isEqualTo("Reception");
		assertThat(data.get("startDate").asString()).isEqualTo("2027-02-01");
		assertThat(request.signature())
			.isEqualTo("sha256=" + hmac(hires.secret(), request.timestamp() + "." + request.body()));
	}

	@Test
	void receiver_failing_is_tried_again_after_growing_waits_and_given_up_after_the_last_attempt() {
		this.receiver.answerAlways(500);
		NewWebhook hook = register("Flaky", this.receiver.url(), WebhookEvent.COURSE_COMPLETED);
		DeliverySummary test = admin(() -> this.webhooks.sendTest(hook.webhook().id()));
		Instant now = dueTime(test);

		this.job.deliverDue(now);
		DeliverySummary first = deliveryOf(hook);
		assertThat(first.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(first.attempts()).isEqualTo(1);
		assertThat(first.lastStatusCode()).isEqualTo(500);
		assertThat(first.lastError()).isEqualTo("The receiver answered HTTP 500.");
		assertThat(first.nextAttemptAt()).isCloseTo(now.plus(Duration.ofMinutes(1)), PRECISION);

		this.job.deliverDue(now.plusSeconds(30));
		assertThat(this.receiver.requests()).as("not before the wait is over").hasSize(1);

		List<Duration> waits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
				Duration.ofHours(2), Duration.ofHours(12));
		for (int attempt = 2; attempt <= WebhookLimits.MAX_ATTEMPTS; attempt++) {
			now = now.plus(waits.get(attempt - 2));
			this.job.deliverDue(now);
			DeliverySummary after = deliveryOf(hook);
			assertThat(after.attempts()).isEqualTo(attempt);
			if (attempt < WebhookLimits.MAX_ATTEMPTS) {
				assertThat(after.status()).isEqualTo(DeliveryStatus.PENDING);
				assertThat(after.nextAttemptAt()).isCloseTo(now.plus(waits.get(attempt - 1)), PRECISION);
			}
		}

		DeliverySummary failed = deliveryOf(hook);
		assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(failed.nextAttemptAt()).isNull();
		assertThat(failed.canBeSentAgain()).isTrue();
		assertThat(this.receiver.requests()).hasSize(WebhookLimits.MAX_ATTEMPTS)
			.extracting(Receiver.Request::delivery)
			.containsOnly(test.eventId().toString());
		this.job.deliverDue(now.plus(Duration.ofDays(2)));
		assertThat(this.receiver.requests()).hasSize(WebhookLimits.MAX_ATTEMPTS);
	}

	@Test
	void failed_delivery_sent_again_reaches_the_receiver_with_the_same_event_id() {
		this.receiver.answerAlways(503);
		NewWebhook hook = register("Back soon", this.receiver.url(), WebhookEvent.PERSON_HIRED);
		DeliverySummary test = admin(() -> this.webhooks.sendTest(hook.webhook().id()));
		Instant now = dueTime(test);
		for (int attempt = 1; attempt <= WebhookLimits.MAX_ATTEMPTS; attempt++) {
			this.job.deliverDue(now);
			now = now.plus(Duration.ofDays(1));
		}
		assertThat(deliveryOf(hook).status()).isEqualTo(DeliveryStatus.FAILED);

		this.receiver.answerAlways(200);
		DeliverySummary again = admin(() -> this.webhooks.sendAgain(test.id()));
		assertThat(again.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(again.attempts()).isZero();
		this.job.deliverDue(Instant.now());

		DeliverySummary delivered = deliveryOf(hook);
		assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
		assertThat(delivered.lastStatusCode()).isEqualTo(200);
		assertThat(this.receiver.requests().getLast().delivery()).isEqualTo(test.eventId().toString());
		assertThat(this.receiver.requests().getLast().event()).isEqualTo("webhook.test");
		assertThat(
				org.assertj.core.api.Assertions.catchThrowable(() -> admin(() -> this.webhooks.sendAgain(test.id()))))
			.isInstanceOf(WebhookRefusedException.class)
			.hasMessageContaining("Only a failed delivery can be sent again");
	}

	@Test
	void receiver_that_does_not_listen_is_an_attempt_failed_with_no_status() throws Exception {
		String url;
		try (Receiver closed = new Receiver(200)) {
			url = closed.url();
		}
		NewWebhook hook = register("Down", url, WebhookEvent.PERSON_HIRED);
		DeliverySummary test = admin(() -> this.webhooks.sendTest(hook.webhook().id()));

		this.job.deliverDue(dueTime(test));

		DeliverySummary after = deliveryOf(hook);
		assertThat(after.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(after.lastStatusCode()).isNull();
		assertThat(after.lastError()).startsWith("Could not connect");
	}

	@Test
	void while_another_instance_runs_the_delivery_job_this_one_sends_nothing() throws InterruptedException {
		JobLocks locks = new JobLocks(this.jdbc, this.transactions);
		this.job.deliverDue();
		this.job.deleteOld();
		assertThat(locks.rows(WebhookDeliveryJob.DELIVERY_LOCK)).isOne();
		assertThat(locks.rows(WebhookDeliveryJob.CLEANUP_LOCK)).isOne();
		NewWebhook hook = register("Two instances", this.receiver.url(), WebhookEvent.COURSE_COMPLETED);
		complete(TestPeople.create(this.people, Role.LEARNER));
		// The job reads the clock: on MariaDB a delivery is due from the next whole
		// second.
		Thread.sleep(Math.max(0, Duration.between(Instant.now(), dueTime(deliveryOf(hook))).toMillis()));

		locks.holdAsAnotherInstance(WebhookDeliveryJob.DELIVERY_LOCK);
		try {
			this.job.deliverDue();
			assertThat(this.receiver.requests()).isEmpty();
		}
		finally {
			locks.release(WebhookDeliveryJob.DELIVERY_LOCK);
		}
		this.job.deliverDue();

		assertThat(this.receiver.requests()).hasSize(1);
		assertThat(deliveryOf(hook).status()).isEqualTo(DeliveryStatus.DELIVERED);
	}

	/** Registers a webhook as the first administrator; deleted after the test. */
	NewWebhook register(String name, String url, WebhookEvent... wanted) {
		NewWebhook hook = admin(() -> this.webhooks.register(new WebhookForm(name, url, Set.of(wanted))));
		this.registered.add(hook.webhook().id());
		return hook;
	}

	DeliverySummary deliveryOf(NewWebhook hook) {
		List<DeliverySummary> found = deliveriesOf(hook);
		assertThat(found).hasSize(1);
		return found.getFirst();
	}

	List<DeliverySummary> deliveriesOf(NewWebhook hook) {
		return admin(this.webhooks::recentDeliveries).stream()
			.filter((delivery) -> delivery.webhookId() == hook.webhook().id())
			.toList();
	}

	<T> T admin(java.util.concurrent.Callable<T> action) {
		return SignedIn.as(ADMIN, action, Roles.ADMIN);
	}

	/** Completes the course as the learner; returns the completion's id. */
	long complete(String email) {
		return TestLearners.completeWithBestAnswers(this.learner, this.attempts, email, COURSE, newestVersion())
			.completionId();
	}

	BankVersion newestVersion() {
		return this.bank.newestVersion(this.bank.courseId(COURSE).orElseThrow()).orElseThrow();
	}

	/**
	 * A time at which the delivery is due, in whole milliseconds so that waits added to
	 * it survive the database's precision.
	 */
	static Instant dueTime(DeliverySummary delivery) {
		return delivery.nextAttemptAt().plusMillis(1).truncatedTo(ChronoUnit.MILLIS);
	}

	long count(String sql, Object... arguments) {
		return this.jdbc.queryForObject(sql, Long.class, arguments);
	}

	static String hmac(String secret, String message) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
