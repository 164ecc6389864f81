package org.servewell.xapi;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.servewell.shared.Said;

/**
 * Which endpoints an LRS may have: absolute http or https with a host, and no user name,
 * password or fragment (the credentials have fields of their own, and in a URL they end
 * up in logs and screens). Addresses on the local network are allowed: an LRS is often
 * internal, and only administrators set it.
 */
final class LrsEndpoints {

	private LrsEndpoints() {
	}

	/** The endpoint as it will be used, or a refusal saying what is wrong. */
	static String check(String endpoint) {
		String given = endpoint.strip();
		URI uri;
		try {
			uri = new URI(given);
		}
		catch (URISyntaxException ex) {
			throw invalid(new Said("xapi.endpoint-invalid", ex.getReason()));
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
		if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
			throw invalid(new Said("xapi.endpoint-scheme"));
		}
		if (uri.getRawUserInfo() != null) {
			throw invalid(new Said("xapi.endpoint-credentials"));
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			throw invalid(new Said("xapi.endpoint-host"));
		}
		if (uri.getRawFragment() != null || uri.getRawQuery() != null) {
			throw invalid(new Said("xapi.endpoint-query"));
		}
		return given;
	}

	private static InvalidLrsException invalid(Said said) {
		return new InvalidLrsException("endpoint", said);
	}

}
