package org.servewell.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in lower-case hex, the form in which secrets (password links, API tokens) and
 * content fingerprints (interview kits) are stored and compared.
 */
public final class Sha256 {

	private Sha256() {
	}

	/** The hash of the text's UTF-8 bytes. */
	public static String hexOf(String text) {
		return hexOf(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** A digest to feed piece by piece; finish it with {@link #hexOf(MessageDigest)}. */
	public static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** The hash of everything fed to the digest. */
	public static String hexOf(MessageDigest digest) {
		return hexOf(digest.digest());
	}

	private static String hexOf(byte[] hash) {
		return HexFormat.of().formatHex(hash);
	}

}
