package org.servewell.web.e2e;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an Open Badge the way a stranger would: fetches the key set the running
 * Servewell publishes, without signing in, and verifies the RS256 signature with the
 * JDK's RSA alone.
 */
final class OpenBadgeCheck {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private OpenBadgeCheck() {
	}

	static boolean verifiesWithPublishedKeys(String jws, String baseUrl) throws IOException {
		String[] parts = jws.split("\\.");
		JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
		String keySet;
		try (HttpClient http = HttpClient.newHttpClient()) {
			keySet = http
				.send(HttpRequest.newBuilder(URI.create(baseUrl + "/.well-known/jwks.json")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while fetching the key set", ex);
		}
		for (JsonNode key : JSON.readTree(keySet).get("keys")) {
			if (key.get("kid").asString().equals(header.get("kid").asString())) {
				try {
					Signature rsa = Signature.getInstance("SHA256withRSA");
					rsa.initVerify(KeyFactory.getInstance("RSA")
						.generatePublic(new RSAPublicKeySpec(number(key.get("n").asString()),
								number(key.get("e").asString()))));
					rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
					return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
				}
				catch (GeneralSecurityException ex) {
					throw new IllegalStateException("The published key cannot check an RS256 signature", ex);
				}
			}
		}
		return false;
	}

	private static BigInteger number(String base64url) {
		return new BigInteger(1, Base64.getUrlDecoder().decode(base64url));
	}

}
