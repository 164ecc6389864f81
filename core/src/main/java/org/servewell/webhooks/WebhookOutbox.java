package org.servewell.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.servewell.hiring.CandidateHired;
import org.servewell.learning.CompletionWithdrawn;
import org.servewell.learning.CourseCompleted;
import org.servewell.people.directory.PeopleDirectory;
import org.servewell.people.directory.StaffMember;
import org.servewell.webhooks.domain.Webhook;
import org.servewell.webhooks.domain.WebhookDelivery;
import org.servewell.webhooks.domain.WebhookDeliveryRepository;
import org.servewell.webhooks.domain.WebhookRepository;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an outbox row for each active webhook that wants an event, inside the
 * transaction that caused the event (docs/decisions/0004): a completion or hire that
 * rolls back leaves no row, and one that commits leaves its rows for the delivery job.
 * Nothing here talks to the network.
 * <p>
 * An event's id is derived from what happened (the completion, the hire), so every
 * webhook, and every attempt, sees the same id for the same event.
 */
@Component
class WebhookOutbox {

	/** The type of the event an administrator sends to try a webhook. */
	static final String TEST_TYPE = "webhook.test";

	private final WebhookRepository webhooks;

	private final WebhookDeliveryRepository deliveries;

	private final PeopleDirectory people;

	private final JsonMapper json;

	private final Clock clock;

	WebhookOutbox(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, PeopleDirectory people,
			JsonMapper json, Clock clock) {
		this.webhooks = webhooks;
		this.deliveries = deliveries;
		this.people = people;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(CourseCompleted completed) {
		Map<String, Object> data = person(completed.personId());
		data.put("courseId", completed.courseId());
		data.put("courseCode", completed.courseCode());
		data.put("courseTitle", completed.courseTitle());
		data.put("completedAt", completed.completedAt().toString());
		data.put("certificateId", completed.completionId());
		data.put("certificateNumber", completed.certificateNumber());
		data.put("expiresOn", (completed.expiresOn() != null) ? completed.expiresOn().toString() : null);
		write(WebhookEvent.COURSE_COMPLETED, eventId(WebhookEvent.COURSE_COMPLETED, completed.completionId()),
				completed.completedAt(), data);
	}

	/** The reason HR gave stays in Servewell: the learner and HR read it there. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(CompletionWithdrawn withdrawn) {
		Map<String, Object> data = person(withdrawn.personId());
		data.put("courseId", withdrawn.courseId());
		data.put("courseTitle", withdrawn.courseTitle());
		data.put("certificateId", withdrawn.completionId());
		data.put("certificateNumber", withdrawn.certificateNumber());
		data.put("withdrawnAt", withdrawn.at().toString());
		write(WebhookEvent.CERTIFICATE_WITHDRAWN, eventId(WebhookEvent.CERTIFICATE_WITHDRAWN, withdrawn.completionId()),
				withdrawn.at(), data);
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(CandidateHired hired) {
		Map<String, Object> data = person(hired.personId());
		data.put("jobRole", hired.jobRole());
		data.put("startDate", (hired.startDate() != null) ? hired.startDate().toString() : null);
		write(WebhookEvent.PERSON_HIRED, eventId(WebhookEvent.PERSON_HIRED, hired.personId()), this.clock.instant(),
				data);
	}

	/** Queues a test event for one webhook, whatever events it wants. */
	@Transactional(propagation = Propagation.MANDATORY)
	WebhookDelivery writeTest(Webhook webhook) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("webhookId", webhook.getId());
		data.put("message", "A test event sent by a Servewell administrator. Nothing happened.");
		Instant now = this.clock.instant();
		UUID eventId = UUID.randomUUID();
		return this.deliveries.save(
				new WebhookDelivery(webhook.getId(), TEST_TYPE, eventId, payload(eventId, TEST_TYPE, now, data), now));
	}

	private void write(WebhookEvent event, UUID eventId, Instant occurredAt, Map<String, Object> data) {
		String payload = null;
		for (Webhook webhook : this.webhooks.findByActiveTrue()) {
			if (webhook.wants(event)) {
				payload = (payload != null) ? payload : payload(eventId, event.type(), occurredAt, data);
				this.deliveries
					.save(new WebhookDelivery(webhook.getId(), event.type(), eventId, payload, this.clock.instant()));
			}
		}
	}

	private Map<String, Object> person(long personId) {
		Map<String, Object> data = new LinkedHashMap<>();
		StaffMember person = this.people.staff(personId).orElse(null);
		data.put("personId", personId);
		data.put("email", (person != null) ? person.email() : null);
		data.put("name", (person != null) ? person.displayName() : null);
		return data;
	}

	private String payload(UUID eventId, String type, Instant occurredAt, Map<String, Object> data) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", eventId.toString());
		body.put("type", type);
		body.put("occurredAt", occurredAt.toString());
		body.put("data", data);
		return this.json.writeValueAsString(body);
	}

	private static UUID eventId(WebhookEvent event, long subject) {
		return UUID.nameUUIDFromBytes((event.type() + ":" + subject).getBytes(StandardCharsets.UTF_8));
	}

}
