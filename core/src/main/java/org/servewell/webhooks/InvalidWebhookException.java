package org.servewell.webhooks;

import org.servewell.shared.Refusal;

/** A webhook form that breaks a rule; the message says what to fix. */
public class InvalidWebhookException extends Refusal.Invalid {

	private final String field;

	/**
	 * @param field the {@link WebhookForm} component the problem belongs to
	 * @param message what is wrong and how to fix it
	 */
	public InvalidWebhookException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
