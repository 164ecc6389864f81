package org.servewell.webhooks.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.servewell.webhooks.WebhookEvent;
import org.servewell.webhooks.WebhookLimits;

/**
 * A URL told about events. The secret is kept as it is, since every delivery's HMAC needs
 * it; it is shown once and never logged.
 */
@Entity
@Table(name = "webhook")
public class Webhook {

	/** Longest secret stored: generated, never typed. */
	private static final int SECRET_LENGTH = 100;

	/** Room for every event's wire name, comma-separated. */
	private static final int EVENT_TYPES_LENGTH = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@Column(name = "name", nullable = false, length = WebhookLimits.NAME_LENGTH)
	private String name;

	@Column(name = "url", nullable = false, length = WebhookLimits.URL_LENGTH)
	private String url;

	@Column(name = "event_types", nullable = false, length = EVENT_TYPES_LENGTH)
	private String eventTypes;

	@Column(name = "secret", nullable = false, length = SECRET_LENGTH, updatable = false)
	private String secret;

	@Column(name = "active", nullable = false)
	private boolean active;

	@Column(name = "created_by", nullable = false, updatable = false)
	private long createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Webhook() {
	}

	public Webhook(String name, String url, Set<WebhookEvent> events, String secret, long createdBy,
			Instant createdAt) {
		this.name = name;
		this.url = url;
		this.eventTypes = events.stream()
			.sorted(Comparator.naturalOrder())
			.map(WebhookEvent::type)
			.collect(Collectors.joining(","));
		this.secret = secret;
		this.active = true;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** Whether new events of this kind are written for this webhook. */
	public boolean wants(WebhookEvent event) {
		return this.active && getEvents().contains(event);
	}

	/** Stops new events being written for it. */
	public void deactivate() {
		this.active = false;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getUrl() {
		return this.url;
	}

	public Set<WebhookEvent> getEvents() {
		Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
		Arrays.stream(this.eventTypes.split(","))
			.map(WebhookEvent::ofType)
			.forEach((event) -> event.ifPresent(events::add));
		return events;
	}

	public String getSecret() {
		return this.secret;
	}

	public boolean isActive() {
		return this.active;
	}

	public long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	@Override
	public String toString() {
		return "Webhook[id=" + this.id + ", name=" + this.name + ", url=" + this.url + "]";
	}

}
