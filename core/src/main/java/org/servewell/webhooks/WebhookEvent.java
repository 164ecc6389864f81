package org.servewell.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook can be told about. */
public enum WebhookEvent {

	/** A learner completed a course. */
	COURSE_COMPLETED("course.completed", "Course completed"),

	/** A candidate was hired and is now an employee. */
	PERSON_HIRED("person.hired", "Person hired"),

	/** HR or an administrator withdrew a course's certificate. */
	CERTIFICATE_WITHDRAWN("certificate.withdrawn", "Certificate withdrawn");

	private final String type;

	private final String label;

	WebhookEvent(String type, String label) {
		this.type = type;
		this.label = label;
	}

	/** The name receivers see in the payload's {@code type} and the event header. */
	public String type() {
		return this.type;
	}

	/** The event in words, for the screens. */
	public String label() {
		return this.label;
	}

	/** The event with this wire name, if any. */
	public static Optional<WebhookEvent> ofType(String type) {
		return Arrays.stream(values()).filter((event) -> event.type.equals(type)).findFirst();
	}

}
