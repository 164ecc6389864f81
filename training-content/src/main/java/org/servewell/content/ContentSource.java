package org.servewell.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where content files come from: a folder on disk (what authors and the command line use)
 * or the class path (the content bundled with the application). Every file is reached
 * from {@code content.yaml} by reference, so a source never has to list a folder, which a
 * class path inside a jar cannot do reliably.
 */
public interface ContentSource {

	/** The text of the file at a path relative to the content root, if it exists. */
	Optional<String> read(String relativePath);

	/** A human-readable name of the root, for messages. */
	String describe();

	/** Content in a folder on disk. */
	static ContentSource directory(Path root) {
		Path normalizedRoot = root.toAbsolutePath().normalize();
		return new ContentSource() {

			@Override
			public Optional<String> read(String relativePath) {
				Path file = normalizedRoot.resolve(relativePath).normalize();
				if (!file.startsWith(normalizedRoot) || !Files.isRegularFile(file)) {
					return Optional.empty();
				}
				try {
					return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot read " + file, ex);
				}
			}

			@Override
			public String describe() {
				return normalizedRoot.toString();
			}

		};
	}

	/**
	 * Content on the class path under a root folder, for example
	 * {@code servewell-content}.
	 */
	static ContentSource classpath(String root, ClassLoader classLoader) {
		return new ContentSource() {

			@Override
			public Optional<String> read(String relativePath) {
				if (relativePath.contains("..")) {
					return Optional.empty();
				}
				try (InputStream in = classLoader.getResourceAsStream(root + "/" + relativePath)) {
					return (in != null) ? Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8))
							: Optional.empty();
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot read " + root + "/" + relativePath, ex);
				}
			}

			@Override
			public String describe() {
				return "classpath:" + root;
			}

		};
	}

	/** The content bundled with Servewell (this module's resources). */
	static ContentSource bundled() {
		return classpath("servewell-content", ContentSource.class.getClassLoader());
	}

}
