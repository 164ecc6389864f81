package org.servewell.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
			problems.add(new ContentProblem(path, line, "not valid YAML: " + ex.getProblem()));
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			problems.add(new ContentProblem(path, 0, "not valid YAML: " + ex.getMessage()));
			return Optional.empty();
		}
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

		private Optional<Node> value(String key) {
			for (NodeTuple tuple : this.node.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode scalar && key.equals(scalar.getValue())) {
					return Optional.of(tuple.getValueNode());
				}
			}
			return Optional.empty();
		}

		/**
		 * A required text value; records a problem and returns "" when it is missing or
		 * blank.
		 */
		String text(String key, String what) {
			Optional<String> value = optionalText(key);
			if (value.isEmpty() || value.get().isBlank()) {
				problem(what + " has no '" + key + "'");
				return "";
			}
			return value.get().strip();
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
		 * bound otherwise.
		 */
		int number(String key, String what, int min, int max) {
			Optional<String> value = optionalText(key);
			if (value.isEmpty()) {
				problem(what + " has no '" + key + "'");
				return min;
			}
			try {
				int number = Integer.parseInt(value.get().strip());
				if (number < min || number > max) {
					YamlFile.this.problem(value(key).orElse(null),
							"'" + key + "' is " + number + "; it must be between " + min + " and " + max);
				}
				return number;
			}
			catch (NumberFormatException ex) {
				YamlFile.this.problem(value(key).orElse(null),
						"'" + key + "' must be a whole number, not '" + value.get() + "'");
				return min;
			}
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

	/** A text value and the line it stands on. */
	record Located(String value, int line) {
	}

}
