package org.servewell.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.servewell.shared.Said;

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
			throw invalid(new Said("webhooks.url-invalid", ex.getReason()));
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
		if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
			throw invalid(
					(scheme != null) ? new Said("webhooks.url-scheme", scheme) : new Said("webhooks.url-no-scheme"));
		}
		if (uri.getRawUserInfo() != null) {
			throw invalid(new Said("webhooks.url-credentials"));
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			throw invalid(new Said("webhooks.url-host"));
		}
		if (uri.getRawFragment() != null) {
			throw invalid(new Said("webhooks.url-fragment"));
		}
		return given;
	}

	private static InvalidWebhookException invalid(Said said) {
		return new InvalidWebhookException("url", said);
	}

}
