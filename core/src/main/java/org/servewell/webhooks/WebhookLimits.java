package org.servewell.webhooks;

/** Lengths and counts shared by the webhook form, the columns, the view and delivery. */
public final class WebhookLimits {

	/** Longest webhook name. */
	public static final int NAME_LENGTH = 100;

	/** Longest URL. */
	public static final int URL_LENGTH = 500;

	/** Longest error kept for a delivery attempt. */
	public static final int ERROR_LENGTH = 200;

	/** Attempts after which a delivery is given up as failed. */
	public static final int MAX_ATTEMPTS = 6;

	/** Most deliveries the administrators' list shows. */
	public static final int RECENT_DELIVERIES = 100;

	private WebhookLimits() {
	}

}
