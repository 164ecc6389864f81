package org.servewell.badges;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The revocation list as a W3C Bitstring Status List: bit {@code n} is set when
 * completion {@code n} is withdrawn. At least 131,072 bits long (16 KiB), as the standard
 * asks so that one credential's bit does not stand out; longer once completion ids pass
 * that. Compressed with GZIP and written base64url after the multibase prefix "u".
 */
final class StatusList {

	/** Shortest list, in bits. */
	static final int MINIMUM_BITS = 131_072;

	private StatusList() {
	}

	/** The encoded list with these completions' bits set. */
	static String encode(List<Long> withdrawn) {
		long highest = withdrawn.stream().mapToLong(Long::longValue).max().orElse(0);
		int bits = (int) Math.max(MINIMUM_BITS, ((highest / 8) + 1) * 8);
		byte[] list = new byte[bits / 8];
		for (long index : withdrawn) {
			// Bit 0 is the leftmost bit of the first byte.
			list[(int) (index / 8)] |= (byte) (0x80 >>> (index % 8));
		}
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
			gzip.write(list);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
	}

	/** Whether bit {@code index} is set in an encoded list (for checking and tests). */
	static boolean isSet(String encoded, long index) {
		if (!encoded.startsWith("u")) {
			throw new IllegalArgumentException("Not a base64url multibase value");
		}
		byte[] compressed = Base64.getUrlDecoder().decode(encoded.substring(1));
		try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			byte[] list = gzip.readAllBytes();
			return index / 8 < list.length && (list[(int) (index / 8)] & (0x80 >>> (index % 8))) != 0;
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Not a GZIP-compressed list", ex);
		}
	}

	/** The status list credential's JSON, unsigned. */
	static Map<String, Object> credential(List<Long> withdrawn, String issuerName, BadgeAddresses addresses,
			Clock clock) {
		Map<String, Object> subject = new LinkedHashMap<>();
		subject.put("id", addresses.statusList() + "#list");
		subject.put("type", "BitstringStatusList");
		subject.put("statusPurpose", "revocation");
		subject.put("encodedList", encode(withdrawn));
		Map<String, Object> credential = new LinkedHashMap<>();
		credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
		credential.put("id", addresses.statusList());
		credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
		credential.put("issuer", OpenBadgeCredential.issuer(issuerName, addresses));
		credential.put("validFrom", OpenBadgeCredential.seconds(Instant.now(clock)));
		credential.put("credentialSubject", subject);
		return credential;
	}

}
