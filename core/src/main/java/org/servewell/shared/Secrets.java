package org.servewell.shared;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random secrets handed to other systems (API tokens, webhook signing keys): 32 random
 * bytes, base64url, after a prefix that makes a leaked one recognisable in logs and
 * scans. Long enough that no list of guesses finds one.
 */
public final class Secrets {

	private static final SecureRandom random = new SecureRandom();

	private Secrets() {
	}

	/** A new secret starting with {@code prefix}. */
	public static String generate(String prefix) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
