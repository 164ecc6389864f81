package org.servewell.badges;

import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.servewell.badges.CheckedBadge.Verdict;
import org.servewell.learning.IssuedCompletions;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Checks a badge file anyone brings to the verify page: the signed credential (.jwt), the
 * badge picture it is baked into (.svg), or its JSON. A badge is genuine when a key
 * Servewell published signed exactly these bytes and it names Servewell as issuer; then
 * its completion's standing decides between valid, expired and withdrawn. Files are read
 * with no entity expansion or outside references, and never beyond {@link #MAX_BYTES}.
 */
@Service
public class BadgeCheck {

	/** Largest file checked: a badge is a few kilobytes. */
	public static final int MAX_BYTES = 1_000_000;

	private final SigningKeys keys;

	private final BadgeAddresses addresses;

	private final IssuedCompletions completions;

	private final Clock clock;

	BadgeCheck(SigningKeys keys, BadgeAddresses addresses, IssuedCompletions completions, Clock clock) {
		this.keys = keys;
		this.addresses = addresses;
		this.completions = completions;
		this.clock = clock;
	}

	/** What the file is, and whether it holds a genuine Servewell badge. */
	@PreAuthorize("permitAll()")
	public CheckedBadge check(byte[] file) {
		if (file == null || file.length == 0 || file.length > MAX_BYTES) {
			return CheckedBadge.only(Verdict.UNREADABLE);
		}
		Optional<String> text = utf8(file);
		if (text.isEmpty()) {
			return CheckedBadge.only(Verdict.UNREADABLE);
		}
		String content = text.get().strip();
		if (content.startsWith("{")) {
			return CheckedBadge.only(content.contains("OpenBadgeCredential") ? Verdict.UNSIGNED : Verdict.UNREADABLE);
		}
		Optional<String> jws = content.startsWith("<") ? baked(content) : Optional.of(content);
		return jws.map(this::checkJws).orElse(CheckedBadge.only(Verdict.UNREADABLE));
	}

	private CheckedBadge checkJws(String jws) {
		SignedJWT jwt;
		JWTClaimsSet claims;
		try {
			jwt = SignedJWT.parse(jws);
			claims = jwt.getJWTClaimsSet();
		}
		catch (ParseException ex) {
			return CheckedBadge.only(Verdict.UNREADABLE);
		}
		String keyId = jwt.getHeader().getKeyID();
		Optional<RSAKey> key = (keyId != null) ? this.keys.publicKey(keyId) : Optional.empty();
		if (key.isEmpty() || !JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
			return CheckedBadge.only(Verdict.NOT_OURS);
		}
		try {
			if (!jwt.verify(new RSASSAVerifier(key.get()))) {
				return CheckedBadge.only(Verdict.TAMPERED);
			}
		}
		catch (JOSEException ex) {
			return CheckedBadge.only(Verdict.TAMPERED);
		}
		if (!this.addresses.issuer().equals(claims.getIssuer())) {
			return CheckedBadge.only(Verdict.NOT_OURS);
		}
		return standing(claims);
	}

	@SuppressWarnings("unchecked")
	private CheckedBadge standing(JWTClaimsSet claims) {
		Map<String, Object> issuer = (Map<String, Object>) claims.getClaim("issuer");
		Map<String, Object> status = (Map<String, Object>) claims.getClaim("credentialStatus");
		String achievement = (String) claims.getClaim("name");
		Instant validFrom = (claims.getNotBeforeTime() != null) ? claims.getNotBeforeTime().toInstant() : null;
		Instant validUntil = (claims.getExpirationTime() != null) ? claims.getExpirationTime().toInstant() : null;
		String issuerName = (issuer != null) ? (String) issuer.get("name") : null;
		Optional<IssuedCompletions.Standing> standing = Optional.ofNullable(status)
			.map((entry) -> entry.get("statusListIndex"))
			.flatMap((index) -> parse(index.toString()))
			.flatMap(this.completions::standing);
		Instant withdrawnAt = standing.map(IssuedCompletions.Standing::withdrawnAt).orElse(null);
		Verdict verdict = (withdrawnAt != null) ? Verdict.WITHDRAWN
				: (validUntil != null && !this.clock.instant().isBefore(validUntil)) ? Verdict.EXPIRED : Verdict.VALID;
		return new CheckedBadge(verdict, achievement, issuerName, validFrom, validUntil, withdrawnAt);
	}

	private static Optional<Long> parse(String index) {
		try {
			return Optional.of(Long.parseLong(index));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** The JWS baked into an SVG picture, if there is one. */
	static Optional<String> baked(String svg) {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		try {
			XMLStreamReader reader = factory
				.createXMLStreamReader(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
			try {
				while (reader.hasNext()) {
					if (reader.next() == XMLStreamConstants.START_ELEMENT && "credential".equals(reader.getLocalName())
							&& "https://purl.imsglobal.org/ob/v3p0".equals(reader.getNamespaceURI())) {
						return Optional.ofNullable(reader.getAttributeValue(null, "verify")).map(String::strip);
					}
				}
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static Optional<String> utf8(byte[] file) {
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(file))
				.toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

}
