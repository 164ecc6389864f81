package org.servewell.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A copy of the valid test content in a temporary folder, for tests that break one thing
 * and look at what the reader says.
 */
public final class ContentFolder {

	private final Path root;

	private ContentFolder(Path root) {
		this.root = root;
	}

	/** Copies {@code src/test/resources/valid-content} into a fresh folder. */
	public static ContentFolder copyOfValid(Path target) {
		try {
			Path valid = Path.of(ContentFolder.class.getResource("/valid-content").toURI());
			try (Stream<Path> files = Files.walk(valid)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Path copy = target.resolve(valid.relativize(file).toString());
					Files.createDirectories(copy.getParent());
					Files.copy(file, copy);
				}
			}
			return new ContentFolder(target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public Path root() {
		return this.root;
	}

	/** Replaces the one place where a text stands in a file. */
	public ContentFolder replace(String file, String text, String replacement) {
		String content = read(file);
		assertThat(content.split(java.util.regex.Pattern.quote(text), -1)).as("'%s' in %s", text, file).hasSize(2);
		return write(file, content.replace(text, replacement));
	}

	ContentFolder write(String file, String text) {
		try {
			Path path = this.root.resolve(file);
			Files.createDirectories(path.getParent());
			Files.writeString(path, text);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	ContentFolder delete(String file) {
		try {
			Files.delete(this.root.resolve(file));
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String read(String file) {
		try {
			return Files.readString(this.root.resolve(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	ContentBundle bundle() {
		return ContentReader.read(ContentSource.directory(this.root));
	}

	/** What the reader reports, as authors see it; empty when the content is valid. */
	List<String> problems() {
		try {
			bundle();
			return List.of();
		}
		catch (ContentException ex) {
			return ex.problems().stream().map(ContentProblem::toString).toList();
		}
	}

}
