package org.servewell.webhooks;

/** Where a delivery of an event to a webhook stands. */
public enum DeliveryStatus {

	/** Not yet accepted by the receiver: due now or after a back-off. */
	PENDING("Pending"),

	/** The receiver answered with a 2xx status. */
	DELIVERED("Delivered"),

	/** Every attempt failed, or the webhook was deactivated first; may be sent again. */
	FAILED("Failed");

	private final String label;

	DeliveryStatus(String label) {
		this.label = label;
	}

	/** The status in words. */
	public String label() {
		return this.label;
	}

}
