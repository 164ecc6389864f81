package org.servewell.webhooks;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.servewell.audit.AuditTrail;
import org.servewell.people.PeopleService;
import org.servewell.people.Roles;
import org.servewell.people.directory.PeopleDirectory;
import org.servewell.people.directory.StaffMember;
import org.servewell.shared.Said;
import org.servewell.shared.Secrets;
import org.servewell.webhooks.domain.Webhook;
import org.servewell.webhooks.domain.WebhookDelivery;
import org.servewell.webhooks.domain.WebhookDeliveryRepository;
import org.servewell.webhooks.domain.WebhookRepository;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Webhooks for administrators: register one (its signing secret shown once), list them
 * and their recent deliveries, deactivate or delete one, send a failed delivery again,
 * and send a test event. Registering, deactivating and deleting are written to the audit
 * trail.
 */
@Service
@Validated
public class WebhookService {

	/** Prefix of every secret, so that a leaked one is recognisable. */
	static final String SECRET_PREFIX = "whsec_";

	private final WebhookRepository webhooks;

	private final WebhookDeliveryRepository deliveries;

	private final WebhookOutbox outbox;

	private final PeopleService peopleService;

	private final PeopleDirectory people;

	private final AuditTrail audit;

	private final Clock clock;

	WebhookService(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, WebhookOutbox outbox,
			PeopleService peopleService, PeopleDirectory people, AuditTrail audit, Clock clock) {
		this.webhooks = webhooks;
		this.deliveries = deliveries;
		this.outbox = outbox;
		this.peopleService = peopleService;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/** Registers a webhook, active at once; its secret is returned once. */
	@PreAuthorize(Roles.ADMIN_ONLY)
	@Transactional
	public NewWebhook register(@Valid WebhookForm form) {
		String url = WebhookUrls.check(form.url());
		long creator = this.peopleService.currentPersonId()
			.orElseThrow(() -> new InvalidWebhookException("name", new Said("webhooks.sign-in")));
		String secret = Secrets.generate(SECRET_PREFIX);
		Webhook webhook = this.webhooks
			.save(new Webhook(form.name().strip(), url, form.events(), secret, creator, this.clock.instant()));
		this.audit.record("WEBHOOK_REGISTERED", subject(webhook),
				"Registered webhook \"" + webhook.getName() + "\" to " + url + " for " + eventsInWords(webhook) + ".");
		return new NewWebhook(summary(webhook), secret);
	}

	/** Every webhook, newest first, active or not; never a secret. */
	@PreAuthorize(Roles.ADMIN_ONLY)
	@Transactional(readOnly = true)
	public List<WebhookSummary> list() {
		List<Webhook> all = this.webhooks.findAllByOrderByCreatedAtDescIdDesc();
		Map<Long, String> creators = creatorNames(all.stream().map(Webhook::getCreatedBy).toList());
		return all.stream().map((webhook) -> summary(webhook, creators)).toList();
	}

	/**
	 * Stops new events going to a webhook; its deliveries still pending are given up.
	 * Deactivating an inactive webhook changes nothing.
	 */
	@PreAuthorize(Roles.ADMIN_ONLY)
	@Transactional
	public WebhookSummary deactivate(long id) {
		Webhook webhook = webhook(id);
		if (webhook.isActive()) {
			webhook.deactivate();
			this.deliveries.findByWebhookIdAndStatus(id, DeliveryStatus.PENDING)
				.forEach((delivery) -> delivery.abandon("The webhook was deactivated before the event was delivered."));
			this.audit.record("WEBHOOK_DEACTIVATED", subject(webhook),
					"Deactivated webhook \"" + webhook.getName() + "\".");
		}
		return summary(webhook);
	}

	/** Deletes a webhook with its deliveries; the audit trail keeps that it existed. */
	@PreAuthorize(Roles.ADMIN_ONLY)
	@Transactional
	public void delete(long id) {
		Webhook webhook = webhook(id);
		this.deliveries.deleteByWebhook(id);
		this.webhooks.delete(webhook);
		this.audit.record("WEBHOOK_DELETED", subject(webhook),
				"Deleted webhook \"" + webhook.getName() + "\" to " + webhook.getUrl() + ".");
	}

	/** The newest deliveries to every webhook, newest first. */
	@PreAuthorize(Roles.ADMIN_ONLY)
	@Transactional(readOnly = true)
	public List<DeliverySummary> recentDeliveries() {
		Map<Long, String> names = this.webhooks.findAll()
			.stream()
			.collect(Collectors.toMap(Webhook::getId, Webhook::getName));
		return this.deliveries.findByOrderByCreatedAtDescIdDesc(PageRequest.ofSize(WebhookLimits.RECENT_DELIVERIES))
			.stream()
			.map((delivery) -> summary(delivery, names::get))
			.toList();
	}

	/**
	 * Sends a failed delivery again: a new round of attempts with back-off, due at once,
	 * with the same event id and payload.
	 */
	@PreAuthorize(Roles.ADMIN_ONLY)
	@Transactional
	public DeliverySummary sendAgain(long deliveryId) {
		WebhookDelivery delivery = this.deliveries.findById(deliveryId)
			.orElseThrow(() -> new WebhookNotFoundException(new Said("webhooks.delivery-missing", deliveryId)));
		Webhook webhook = webhook(delivery.getWebhookId());
		if (delivery.getStatus() != DeliveryStatus.FAILED) {
			throw new WebhookRefusedException("Only a failed delivery can be sent again; this one is "
					+ delivery.getStatus().label().toLowerCase() + ".");
		}
		requireActive(webhook);
		delivery.sendAgain(this.clock.instant());
		return summary(delivery, (id) -> webhook.getName());
	}

	/**
	 * Queues a test event ({@code webhook.test}) for a webhook, sent by the next run of
	 * the delivery job, so that its receiver can check the signature.
	 */
	@PreAuthorize(Roles.ADMIN_ONLY)
	@Transactional
	public DeliverySummary sendTest(long webhookId) {
		Webhook webhook = webhook(webhookId);
		requireActive(webhook);
		return summary(this.outbox.writeTest(webhook), (id) -> webhook.getName());
	}

	private Webhook webhook(long id) {
		return this.webhooks.findById(id)
			.orElseThrow(() -> new WebhookNotFoundException(new Said("webhooks.webhook-missing", id)));
	}

	private static void requireActive(Webhook webhook) {
		if (!webhook.isActive()) {
			throw new WebhookRefusedException(new Said("webhooks.deactivated", webhook.getName()));
		}
	}

	private WebhookSummary summary(Webhook webhook) {
		return summary(webhook, creatorNames(List.of(webhook.getCreatedBy())));
	}

	private static WebhookSummary summary(Webhook webhook, Map<Long, String> creators) {
		String creator = creators.getOrDefault(webhook.getCreatedBy(), "person " + webhook.getCreatedBy());
		return new WebhookSummary(webhook.getId(), webhook.getName(), webhook.getUrl(), webhook.getEvents(),
				webhook.isActive(), creator, webhook.getCreatedAt());
	}

	/** The names of the people who registered webhooks, read at once. */
	private Map<Long, String> creatorNames(List<Long> personIds) {
		return this.people.staff(Set.copyOf(personIds))
			.stream()
			.collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
	}

	private static DeliverySummary summary(WebhookDelivery delivery, Function<Long, String> webhookName) {
		return new DeliverySummary(delivery.getId(), delivery.getWebhookId(),
				webhookName.apply(delivery.getWebhookId()), delivery.getEventType(), delivery.getEventId(),
				delivery.getStatus(), delivery.getAttempts(), delivery.getNextAttemptAt(), delivery.getLastStatusCode(),
				delivery.getLastError(), delivery.getCreatedAt(), delivery.getDeliveredAt());
	}

	private static String eventsInWords(Webhook webhook) {
		return webhook.getEvents().stream().map(WebhookEvent::label).collect(Collectors.joining(", "));
	}

	private static String subject(Webhook webhook) {
		return "webhook:" + webhook.getId();
	}

}
