package org.servewell.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Passwords that attackers try first. The list ({@code common-passwords.txt.gz} beside
 * this class, 19,640 entries, lower case) is the one Django ships with its
 * {@code CommonPasswordValidator} (BSD licence): the 20,000 most common passwords from
 * breach corpora, collected by Royce Williams. A password is common when it is on the
 * list, ignoring case, or when it is two listed passwords of three or more characters put
 * together ("passwordpass", "dragonmaster"), which guessing tools try next.
 */
final class CommonPasswords {

	private static final String LIST = "common-passwords.txt.gz";

	private static final int MIN_PART = 3;

	private static volatile Set<String> passwords;

	private CommonPasswords() {
	}

	static boolean contains(String password) {
		String candidate = password.strip().toLowerCase(Locale.ROOT);
		Set<String> known = passwords();
		if (known.contains(candidate)) {
			return true;
		}
		for (int split = MIN_PART; split <= candidate.length() - MIN_PART; split++) {
			if (known.contains(candidate.substring(0, split)) && known.contains(candidate.substring(split))) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> passwords() {
		Set<String> loaded = passwords;
		if (loaded == null) {
			loaded = load();
			passwords = loaded;
		}
		return loaded;
	}

	private static Set<String> load() {
		try (InputStream raw = CommonPasswords.class.getResourceAsStream(LIST)) {
			if (raw == null) {
				throw new IllegalStateException(LIST + " is missing beside " + CommonPasswords.class.getName());
			}
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
				Set<String> set = new HashSet<>(40_000);
				reader.lines().map(String::strip).filter((line) -> !line.isEmpty()).forEach(set::add);
				return Set.copyOf(set);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + LIST, ex);
		}
	}

}
