package org.servewell.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML file read as a node tree, so that every value keeps the line it came from and
 * every problem can name it. Getters never throw for bad content: they record a
 * {@link ContentProblem} and return an empty value, so that one pass reports everything
 * wrong with a file.
 */
final class YamlFile {

	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	private final String path;

	private final List<ContentProblem> problems;

	private YamlFile(String path, List<ContentProblem> problems) {
		this.path = path;
		this.problems = problems;
	}

	/** Parses text into its root mapping, or records why it cannot. */
	static Optional<Mapping> parse(String path, String text, List<ContentProblem> problems) {
		YamlFile file = new YamlFile(path, problems);
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(10);
		try {
			Node root = new Yaml(options).compose(new StringReader(text));
			if (root == null) {
				file.problem(null, "the file is empty");
				return Optional.empty();
			}
			if (!(root instanceof MappingNode mapping)) {
				file.problem(root, "expected a mapping of keys to values at the top of the file");
				return Optional.empty();
			}
			return Optional.of(file.new Mapping(mapping));
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 1 : 0;
			problems.add(new ContentProblem(path, line, "not valid YAML: " + ex.getProblem() + hint(ex.getProblem())));
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			problems.add(new ContentProblem(path, 0, "not valid YAML: " + ex.getMessage()));
			return Optional.empty();
		}
	}

	/**
	 * The parser (YAML 1.1) ends an item of a {@code [...]} list at a question mark,
	 * which authors of interview questions meet often and cannot guess from the parser's
	 * words.
	 */
	private static String hint(String problem) {
		return (problem != null && problem.endsWith("but got ?"))
				? "; a question mark inside [...] ends the item: put the item in quotes, or write the list"
						+ " one item per line"
				: "";
	}

	private void problem(Node node, String message) {
		this.problems.add(new ContentProblem(this.path, line(node), message));
	}

	static int line(Node node) {
		return (node != null && node.getStartMark() != null) ? node.getStartMark().getLine() + 1 : 0;
	}

	/** A YAML mapping with typed, problem-recording getters. */
	final class Mapping {

		private final MappingNode node;

		Mapping(MappingNode node) {
			this.node = node;
		}

		int line() {
			return YamlFile.line(this.node);
		}

		String path() {
			return YamlFile.this.path;
		}

		void problem(String message) {
			YamlFile.this.problem(this.node, message);
		}

		private Optional<NodeTuple> tuple(String key) {
			return this.node.getValue()
				.stream()
				.filter((tuple) -> tuple.getKeyNode() instanceof ScalarNode scalar && key.equals(scalar.getValue()))
				.findFirst();
		}

		private Optional<Node> value(String key) {
			return tuple(key).map(NodeTuple::getValueNode);
		}

		/**
		 * A required text value; records a problem and returns "" when it is missing or
		 * blank.
		 */
		String text(String key, String what) {
			Optional<String> value = optionalText(key);
			if (value.isPresent() && !value.get().isBlank()) {
				return value.get().strip();
			}
			if (value.isPresent()) {
				problem(what + " has no '" + key + "'");
			}
			reportMissing(key, what);
			return "";
		}

		/**
		 * A required text value of at most {@code maxLength} characters, the most the
		 * platform stores; records a problem when it is longer.
		 */
		String text(String key, String what, int maxLength) {
			String text = text(key, what);
			if (text.length() > maxLength) {
				problemAt(key, tooLong(what + "'s '" + key + "'", text, maxLength));
			}
			return text;
		}

		Optional<String> optionalText(String key) {
			Optional<Node> value = value(key);
			if (value.isEmpty()) {
				return Optional.empty();
			}
			if (value.get() instanceof ScalarNode scalar) {
				return Optional.of(scalar.getValue());
			}
			YamlFile.this.problem(value.get(), "'" + key + "' must be a single value, not a list or mapping");
			return Optional.empty();
		}

		/**
		 * A required whole number within bounds; records a problem and returns the lower
		 * bound when it is missing or not a number.
		 */
		int number(String key, String what, int min, int max) {
			Optional<String> value = optionalText(key);
			if (value.isEmpty()) {
				reportMissing(key, what);
				return min;
			}
			try {
				int number = Integer.parseInt(value.get().strip());
				if (number < min || number > max) {
					problemAt(key, "'" + key + "' is " + number + "; it must be " + range(min, max));
				}
				return number;
			}
			catch (NumberFormatException ex) {
				problemAt(key, "'" + key + "' must be a whole number, not '" + value.get() + "'");
				return min;
			}
		}

		/**
		 * A required decimal number within bounds; records a problem and returns the
		 * lower bound when it is missing or not a number.
		 */
		double decimal(String key, String what, double min, double max) {
			Optional<String> value = optionalText(key);
			if (value.isEmpty()) {
				reportMissing(key, what);
				return min;
			}
			if (!DECIMAL.matcher(value.get().strip()).matches()) {
				problemAt(key, "'" + key + "' must be a number such as 3.5, not '" + value.get() + "'");
				return min;
			}
			double number = Double.parseDouble(value.get().strip());
			if (number < min || number > max) {
				problemAt(key, "'" + key + "' is " + value.get().strip() + "; it must be between " + plain(min)
						+ " and " + plain(max));
			}
			return number;
		}

		/** An optional true/false value, or the fallback when it is missing. */
		boolean flag(String key, boolean fallback) {
			Optional<String> value = optionalText(key);
			if (value.isEmpty()) {
				return fallback;
			}
			return switch (value.get().strip()) {
				case "true" -> true;
				case "false" -> false;
				default -> {
					problemAt(key, "'" + key + "' must be true or false, not '" + value.get() + "'");
					yield fallback;
				}
			};
		}

		/**
		 * Reports a missing key; a key that is there with the wrong kind of value has
		 * already been reported.
		 */
		private void reportMissing(String key, String what) {
			if (!has(key)) {
				problem(what + " has no '" + key + "'");
			}
		}

		/** A required mapping under a key. */
		Optional<Mapping> mapping(String key, String what) {
			Optional<Node> value = value(key);
			if (value.isEmpty()) {
				problem(what + " has no '" + key + "'");
				return Optional.empty();
			}
			if (value.get() instanceof MappingNode mapping) {
				return Optional.of(new Mapping(mapping));
			}
			YamlFile.this.problem(value.get(), "'" + key + "' must be a mapping of keys to values");
			return Optional.empty();
		}

		/** Every key of this mapping with its line and its value when that is text. */
		List<Field> fields() {
			List<Field> fields = new ArrayList<>();
			for (NodeTuple tuple : this.node.getValue()) {
				Node key = tuple.getKeyNode();
				Optional<String> text = (tuple.getValueNode() instanceof ScalarNode scalar)
						? Optional.of(scalar.getValue()) : Optional.empty();
				fields.add(new Field((key instanceof ScalarNode scalar) ? scalar.getValue() : "", YamlFile.line(key),
						text));
			}
			return fields;
		}

		/**
		 * Records a problem for each key that the format does not define here, which is
		 * most often a misspelt key whose value would otherwise be ignored.
		 */
		void allowOnly(String what, Collection<String> keys) {
			for (Field field : fields()) {
				if (!keys.contains(field.key())) {
					YamlFile.this.problems.add(new ContentProblem(YamlFile.this.path, field.line(), "unknown key '"
							+ field.key() + "' in " + what + "; expected one of: " + String.join(", ", keys)));
				}
			}
		}

		/**
		 * The line of a key, or of this mapping when the key is missing. The key's line
		 * rather than its value's, because a list or block text starts on a later line
		 * than the key an author looks for.
		 */
		int line(String key) {
			return tuple(key).map((tuple) -> YamlFile.line(tuple.getKeyNode())).orElse(line());
		}

		/** Records a problem on the line of a key's value. */
		void problemAt(String key, String message) {
			YamlFile.this.problems.add(new ContentProblem(YamlFile.this.path, line(key), message));
		}

		/**
		 * Records a problem on a key's line when the list under it has too few or too
		 * many entries; a missing list has already been reported.
		 */
		void checkSize(String key, int size, int min, int max, String message) {
			if (has(key) && (size < min || size > max)) {
				problemAt(key, message);
			}
		}

		/** Whether the mapping has this key at all. */
		boolean has(String key) {
			return value(key).isPresent();
		}

		/**
		 * A required list of mappings; records a problem and returns an empty list
		 * otherwise.
		 */
		List<Mapping> mappings(String key, String what) {
			List<Mapping> result = new ArrayList<>();
			for (Node item : sequence(key, what)) {
				if (item instanceof MappingNode mapping) {
					result.add(new Mapping(mapping));
				}
				else {
					YamlFile.this.problem(item, "each entry of '" + key + "' must be a mapping of keys to values");
				}
			}
			return result;
		}

		/** An optional mapping under a key; empty when the key is missing. */
		Optional<Mapping> optionalMapping(String key) {
			return has(key) ? mapping(key, "") : Optional.empty();
		}

		/** An optional list of mappings; empty when the key is missing. */
		List<Mapping> optionalMappings(String key, String what) {
			return has(key) ? mappings(key, what) : List.of();
		}

		/** An optional list of text values with their lines; empty when missing. */
		List<Located> optionalTexts(String key, String what) {
			return has(key) ? texts(key, what) : List.of();
		}

		/** A required list of text values with their lines. */
		List<Located> texts(String key, String what) {
			List<Located> result = new ArrayList<>();
			for (Node item : sequence(key, what)) {
				if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
					result.add(new Located(scalar.getValue().strip(), YamlFile.line(item)));
				}
				else {
					YamlFile.this.problem(item, "each entry of '" + key + "' must be a single, non-empty value");
				}
			}
			return result;
		}

		private List<Node> sequence(String key, String what) {
			Optional<Node> value = value(key);
			if (value.isEmpty()) {
				problem(what + " has no '" + key + "' list");
				return List.of();
			}
			if (value.get() instanceof SequenceNode sequence) {
				return sequence.getValue();
			}
			YamlFile.this.problem(value.get(), "'" + key + "' must be a list");
			return List.of();
		}

	}

	private static String range(int min, int max) {
		return (max == Integer.MAX_VALUE) ? min + " or more" : "between " + min + " and " + max;
	}

	private static String plain(double number) {
		return (number == Math.rint(number)) ? String.valueOf((long) number) : String.valueOf(number);
	}

	/** A text value and the line it stands on. */
	record Located(String value, int line) {
	}

	/**
	 * A key of a mapping, its line and its value when that is a single value.
	 */
	record Field(String key, int line, Optional<String> text) {
	}

	/** The message for a text longer than the platform stores. */
	static String tooLong(String what, String text, int maxLength) {
		return what + " is " + text.length() + " characters long; shorten it to at most " + maxLength;
	}

}
