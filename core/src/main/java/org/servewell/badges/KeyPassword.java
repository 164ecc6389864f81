package org.servewell.badges;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.servewell.shared.Secrets;
import org.servewell.shared.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The password the badge signing keys are encrypted with, and the secret that salts what
 * a badge says of its learner. Configured ({@code SERVEWELL_BADGE_KEY_PASSWORD}), or made
 * once and kept in the data directory, readable by its owner only: never in the database
 * beside the keys it protects, never in the repository.
 */
@Component
class KeyPassword {

	private static final Logger logger = LoggerFactory.getLogger(KeyPassword.class);

	static final String FILE_NAME = "badge-key-password";

	private final String password;

	private final byte[] salting;

	KeyPassword(BadgeConfiguration.Settings settings, @Value("${servewell.data-dir:./data}") Path dataDir) {
		this.password = settings.keyPassword().isBlank() ? fromFile(dataDir.resolve(FILE_NAME))
				: settings.keyPassword();
		this.salting = HexFormat.of().parseHex(Sha256.hexOf("servewell-badge-salting:" + this.password));
	}

	/** The password for encrypting and decrypting private keys. */
	String password() {
		return this.password;
	}

	/**
	 * A value only this Servewell can compute from {@code input}: the same every time,
	 * unguessable without the password. Hex, 64 characters.
	 */
	String derive(String input) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.salting, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	private static String fromFile(Path file) {
		try {
			if (Files.exists(file)) {
				return Files.readString(file, StandardCharsets.UTF_8).strip();
			}
			Files.createDirectories(file.toAbsolutePath().getParent());
			String made = Secrets.generate("swbk_");
			try {
				Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException ex) {
				Files.createFile(file);
			}
			Files.writeString(file, made, StandardCharsets.UTF_8);
			logger.warn(
					"No badge key password was configured: made one in {}. Keep that file with the database, "
							+ "or set SERVEWELL_BADGE_KEY_PASSWORD (the same on every instance).",
					file.toAbsolutePath());
			return made;
		}
		catch (FileAlreadyExistsException ex) {
			// Another process made it between the check and the creation: read theirs.
			return fromFile(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The badge key password file " + file.toAbsolutePath()
					+ " cannot be read or made; set SERVEWELL_BADGE_KEY_PASSWORD instead", ex);
		}
	}

}
