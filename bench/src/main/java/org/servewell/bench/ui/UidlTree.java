package org.servewell.bench.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/**
 * The browser's copy of a Vaadin UI's state tree, kept from the changes in the server's
 * UIDL answers, so that the harness finds what to click by what it shows (the button
 * whose text is X, the radio buttons of a group) and never by a node id fixed in advance.
 * <p>
 * Feature numbers are Flow's {@code NodeFeatures}: 0 element data (tag), 1 properties, 2
 * children, 3 attributes, 4 DOM listeners, 7 text, 11 class list, 24 virtual children
 * (overlays such as notifications and dialogs).
 */
final class UidlTree {

	static final int ROOT = 1;

	private static final int ELEMENT_DATA = 0;

	private static final int PROPERTIES = 1;

	private static final int CHILDREN = 2;

	private static final int ATTRIBUTES = 3;

	private static final int LISTENERS = 4;

	private static final int TEXT = 7;

	private static final int CLASS_LIST = 11;

	private static final int VIRTUAL_CHILDREN = 24;

	/** One node of the tree as the browser holds it. */
	static final class Node {

		final int id;

		String tag;

		String text;

		final Map<String, JsonNode> properties = new HashMap<>();

		final Map<String, String> attributes = new HashMap<>();

		/** Event type to the key of its data expressions in the constants. */
		final Map<String, String> listeners = new HashMap<>();

		final List<Integer> children = new ArrayList<>();

		final List<Integer> virtualChildren = new ArrayList<>();

		final List<String> classes = new ArrayList<>();

		Node(int id) {
			this.id = id;
		}

		String property(String name) {
			JsonNode value = this.properties.get(name);
			return (value == null || value.isNull()) ? null : value.asString();
		}

		@Override
		public String toString() {
			return this.id + ":" + this.tag + ((this.text != null) ? "'" + this.text + "'" : "") + this.attributes
					+ this.properties.keySet();
		}

	}

	private final Map<Integer, Node> nodes = new HashMap<>();

	private final Map<String, JsonNode> constants = new HashMap<>();

	/** Notifications with the error theme that arrived in the last answer applied. */
	private final List<String> errorNotices = new ArrayList<>();

	UidlTree() {
		this.nodes.put(ROOT, new Node(ROOT));
	}

	/** Applies one UIDL answer: its constants and its changes. */
	void apply(JsonNode uidl) {
		this.errorNotices.clear();
		JsonNode newConstants = uidl.path("constants");
		for (Map.Entry<String, JsonNode> constant : newConstants.properties()) {
			this.constants.put(constant.getKey(), constant.getValue());
		}
		List<Node> touched = new ArrayList<>();
		for (JsonNode change : uidl.path("changes")) {
			Node node = this.nodes.computeIfAbsent(change.path("node").asInt(), Node::new);
			touched.add(node);
			switch (change.path("type").asString()) {
				case "put" -> put(node, change);
				case "remove" -> remove(node, change);
				case "splice" -> splice(node, change);
				case "clear" -> list(node, change.path("feat").asInt()).clear();
				case "detach" -> this.nodes.remove(node.id);
				default -> {
					// "attach": the node exists from now on, which computeIfAbsent did.
				}
			}
		}
		for (Node node : touched) {
			if ("vaadin-notification".equals(node.tag) && String.valueOf(node.attributes.get("theme")).contains("error")
					&& this.nodes.containsKey(node.id)) {
				this.errorNotices.add(String.valueOf(node.property("text")));
			}
		}
	}

	private void put(Node node, JsonNode change) {
		String key = change.path("key").asString();
		JsonNode value = change.has("nodeValue") ? change.get("nodeValue") : change.path("value");
		switch (change.path("feat").asInt()) {
			case ELEMENT_DATA -> {
				if ("tag".equals(key)) {
					node.tag = value.asString();
				}
			}
			case PROPERTIES -> node.properties.put(key, value);
			case ATTRIBUTES -> node.attributes.put(key, value.asString());
			case LISTENERS -> node.listeners.put(key, value.asString());
			case TEXT -> node.text = value.asString();
			default -> {
				// Push, polling, loading indicator and the like: nothing the harness
				// reads.
			}
		}
	}

	private void remove(Node node, JsonNode change) {
		String key = change.path("key").asString();
		switch (change.path("feat").asInt()) {
			case PROPERTIES -> node.properties.remove(key);
			case ATTRIBUTES -> node.attributes.remove(key);
			case LISTENERS -> node.listeners.remove(key);
			case TEXT -> node.text = null;
			default -> {
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void splice(Node node, JsonNode change) {
		List<Object> list = (List<Object>) (List<?>) list(node, change.path("feat").asInt());
		int index = change.path("index").asInt();
		int removed = change.path("remove").asInt(0);
		for (int i = 0; i < removed && index < list.size(); i++) {
			list.remove(index);
		}
		List<Object> added = new ArrayList<>();
		change.path("addNodes").forEach((id) -> added.add(id.asInt()));
		change.path("add").forEach((value) -> added.add(value.isString() ? value.asString() : value.toString()));
		list.addAll(Math.min(index, list.size()), added);
	}

	private List<?> list(Node node, int feature) {
		return switch (feature) {
			case CHILDREN -> node.children;
			case VIRTUAL_CHILDREN -> node.virtualChildren;
			case CLASS_LIST -> node.classes;
			default -> new ArrayList<>();
		};
	}

	/** The data expressions the browser evaluates for this event on this node. */
	JsonNode eventData(Node node, String event) {
		String key = node.listeners.get(event);
		return (key != null) ? this.constants.get(key) : null;
	}

	List<String> errorNotices() {
		return List.copyOf(this.errorNotices);
	}

	/** Every node shown now, depth first from the body, overlays included. */
	List<Node> shown() {
		List<Node> shown = new ArrayList<>();
		Deque<Integer> pending = new ArrayDeque<>(List.of(ROOT));
		while (!pending.isEmpty()) {
			Node node = this.nodes.get(pending.pop());
			if (node == null) {
				continue;
			}
			shown.add(node);
			List<Integer> next = new ArrayList<>(node.children);
			next.addAll(node.virtualChildren);
			for (int i = next.size() - 1; i >= 0; i--) {
				pending.push(next.get(i));
			}
		}
		return shown;
	}

	/** Text a person sees in the node: its text nodes and labels, in order. */
	String textOf(Node node) {
		StringBuilder text = new StringBuilder();
		appendText(node, text, 0);
		return text.toString().replaceAll("\\s+", " ").strip();
	}

	private void appendText(Node node, StringBuilder text, int depth) {
		if (node == null || depth > 64) {
			return;
		}
		if (node.text != null) {
			text.append(node.text).append(' ');
		}
		String label = node.property("label");
		if (label != null) {
			text.append(label).append(' ');
		}
		for (Integer child : node.children) {
			appendText(this.nodes.get(child), text, depth + 1);
		}
	}

	/** All the text shown, for checks of which page is open. */
	String pageText() {
		StringBuilder text = new StringBuilder();
		for (Node node : shown()) {
			if (node.text != null) {
				text.append(node.text).append(' ');
			}
			String label = node.property("label");
			if (label != null) {
				text.append(label).append(' ');
			}
		}
		return text.toString().replaceAll("\\s+", " ").strip();
	}

	List<Node> find(Predicate<Node> test) {
		return shown().stream().filter(test).toList();
	}

	/** The enabled button whose text is the given one. */
	Optional<Node> button(String text) {
		return find((node) -> "vaadin-button".equals(node.tag) && text.equals(textOf(node))
				&& !node.attributes.containsKey("disabled"))
			.stream()
			.findFirst();
	}

	Optional<Node> first(String tag) {
		return find((node) -> tag.equals(node.tag)).stream().findFirst();
	}

	/** Descendants of the node with the tag, in order. */
	List<Node> within(Node ancestor, String tag) {
		List<Node> found = new ArrayList<>();
		Deque<Integer> pending = new ArrayDeque<>(ancestor.children);
		while (!pending.isEmpty()) {
			Node node = this.nodes.get(pending.removeFirst());
			if (node != null) {
				if (tag.equals(node.tag)) {
					found.add(node);
				}
				pending.addAll(node.children);
			}
		}
		return found;
	}

	/**
	 * A summary of the shown tree, one node a line, for diagnosing an unexpected page.
	 */
	String dump() {
		Map<Integer, String> lines = new LinkedHashMap<>();
		for (Node node : shown()) {
			lines.put(node.id, node + " listeners=" + node.listeners.keySet());
		}
		return String.join("\n", lines.values());
	}

}
