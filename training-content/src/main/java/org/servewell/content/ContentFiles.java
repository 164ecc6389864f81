package org.servewell.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files of one content folder as the readers see them, and the problems found in them
 * so far.
 */
final class ContentFiles {

	/** Ids are lower-case letters, digits and single hyphens. */
	static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final ContentSource source;

	private final List<ContentProblem> problems = new ArrayList<>();

	ContentFiles(ContentSource source) {
		this.source = source;
	}

	/** The raw text of a file, if it exists. */
	Optional<String> text(String path) {
		return this.source.read(path);
	}

	/** A YAML file's root mapping; records a problem when it is missing or malformed. */
	Optional<YamlFile.Mapping> yaml(String path) {
		Optional<String> text = this.source.read(path);
		if (text.isEmpty()) {
			problem(path, 0, "file not found in " + this.source.describe());
			return Optional.empty();
		}
		return YamlFile.parse(path, text.get(), this.problems);
	}

	/**
	 * The root mapping of a file that the index names; a missing file is reported on the
	 * index's line, where the author named it.
	 */
	Optional<YamlFile.Mapping> listedYaml(String indexPath, int line, String path, String missing) {
		if (this.source.read(path).isEmpty()) {
			problem(indexPath, line, missing + ": create " + path);
			return Optional.empty();
		}
		return yaml(path);
	}

	void problem(String file, int line, String message) {
		this.problems.add(new ContentProblem(file, line, message));
	}

	/**
	 * Checks that a value is an id; the message shows an example because authors meet
	 * this rule first when they name a new file.
	 */
	boolean checkId(String file, int line, String what, String id, String example) {
		if (ID.matcher(id).matches() && id.length() <= ContentLimits.MAX_ID_LENGTH) {
			return true;
		}
		if (ID.matcher(id).matches()) {
			problem(file, line, YamlFile.tooLong(what + " id '" + id + "'", id, ContentLimits.MAX_ID_LENGTH));
			return false;
		}
		problem(file, line, what + " id '" + id + "' must be lower-case letters, digits and single hyphens, like '"
				+ example + "'");
		return false;
	}

	/** "1 lesson", "2 lessons": counts in messages read as an author would write them. */
	static String count(int count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

	/** Every problem found, by file and line so that an author can work down the list. */
	List<ContentProblem> problems() {
		List<ContentProblem> sorted = new ArrayList<>(this.problems);
		sorted.sort(Comparator.comparing(ContentProblem::file).thenComparingInt(ContentProblem::line));
		return sorted;
	}

	boolean hasProblems() {
		return !this.problems.isEmpty();
	}

}
