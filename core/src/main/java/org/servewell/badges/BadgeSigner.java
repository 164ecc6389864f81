package org.servewell.badges;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.stereotype.Component;

/**
 * Signs a credential as a compact JWS the way Open Badges 3.0 asks (VC-JWT): the JOSE
 * header names the algorithm, the type and the key by a URL that answers with it; the
 * payload is the credential's JSON with the registered claims beside it ({@code iss},
 * {@code jti}, {@code sub}, {@code nbf}, {@code exp}).
 */
@Component
class BadgeSigner {

	private final SigningKeys keys;

	BadgeSigner(SigningKeys keys) {
		this.keys = keys;
	}

	/**
	 * The credential signed with the current key.
	 * @param credential the credential's JSON
	 * @param subject the {@code sub} claim, or {@code null} when the credential has none
	 * @param validFrom the {@code nbf} claim
	 * @param validUntil the {@code exp} claim, or {@code null}
	 */
	String sign(Map<String, Object> credential, String subject, Instant validFrom, Instant validUntil) {
		RSAKey key = this.keys.current();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
		credential.forEach(claims::claim);
		claims.issuer(issuerId(credential)).jwtID((String) credential.get("id")).notBeforeTime(Date.from(validFrom));
		if (subject != null) {
			claims.subject(subject);
		}
		if (validUntil != null) {
			claims.expirationTime(Date.from(validUntil));
		}
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build(),
				claims.build());
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("A badge could not be signed", ex);
		}
		return jwt.serialize();
	}

	@SuppressWarnings("unchecked")
	private static String issuerId(Map<String, Object> credential) {
		Object issuer = credential.get("issuer");
		return (issuer instanceof Map<?, ?> profile) ? (String) ((Map<String, Object>) profile).get("id")
				: (String) issuer;
	}

}
