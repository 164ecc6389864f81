package org.servewell.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which URLs a webhook may have: absolute http or https with a host, and no user name or
 * password (a receiver checks the signature instead, and credentials in a URL end up in
 * logs and screens). Addresses on the local network are allowed: receivers often are
 * internal systems, and only administrators register webhooks.
 */
final class WebhookUrls {

	private WebhookUrls() {
	}

	/** The URL as it will be used, or a refusal saying what is wrong. */
	static String check(String url) {
		String given = url.strip();
		URI uri;
		try {
			uri = new URI(given);
		}
		catch (URISyntaxException ex) {
			throw invalid("This is not a valid URL (" + ex.getReason()
					+ "). Enter it as https://host/path, with spaces and special characters encoded.");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
		if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
			throw invalid("Enter a URL starting with https:// (or http://)"
					+ ((scheme != null) ? "; " + scheme + ": URLs cannot receive webhooks." : "."));
		}
		if (uri.getRawUserInfo() != null) {
			throw invalid("Take the user name and password out of the URL: the receiver checks each delivery's "
					+ "signature instead.");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			throw invalid("The URL needs a host name, such as https://hr.example.com/servewell.");
		}
		if (uri.getRawFragment() != null) {
			throw invalid("Remove the part after # from the URL: it is never sent to the receiver.");
		}
		return given;
	}

	private static InvalidWebhookException invalid(String message) {
		return new InvalidWebhookException("url", message);
	}

}
