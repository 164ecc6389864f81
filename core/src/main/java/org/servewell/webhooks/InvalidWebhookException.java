package org.servewell.webhooks;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

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

	/**
	 * @param field the form field the problem belongs to
	 * @param said what is wrong and how to fix it, in words of the refusals bundle
	 */
	public InvalidWebhookException(String field, Said said) {
		super(said);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
