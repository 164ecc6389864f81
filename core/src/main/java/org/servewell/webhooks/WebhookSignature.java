package org.servewell.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a receiver checks: HMAC-SHA256, keyed with the webhook's secret, of the
 * timestamp header, a dot and the exact body, in lower-case hex after {@code sha256=}.
 * Signing the timestamp with the body lets a receiver refuse an old delivery replayed
 * later.
 */
public final class WebhookSignature {

	private static final String ALGORITHM = "HmacSHA256";

	private WebhookSignature() {
	}

	/**
	 * The {@code Servewell-Signature} header's value.
	 * @param secret the webhook's secret
	 * @param timestamp the {@code Servewell-Timestamp} header's value (Unix seconds)
	 * @param body the request body as sent
	 */
	public static String sign(String secret, String timestamp, String body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
			byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "sha256=" + HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has HmacSHA256", ex);
		}
	}

}
