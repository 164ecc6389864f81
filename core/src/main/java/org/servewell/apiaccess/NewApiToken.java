package org.servewell.apiaccess;

/**
 * A token just created, with its secret: shown once, never stored.
 *
 * @param token the token as listed
 * @param secret what a client sends as {@code Authorization: Bearer <secret>}
 */
public record NewApiToken(ApiTokenSummary token, String secret) {

	@Override
	public String toString() {
		return "NewApiToken[token=" + this.token + ", secret=(hidden)]";
	}

}
