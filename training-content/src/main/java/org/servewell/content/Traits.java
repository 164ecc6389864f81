package org.servewell.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The service-trait model from {@code traits.yaml}, and the check that scenarios and kits
 * name only traits it defines.
 */
final class Traits {

	/** Where the model lives unless {@code content.yaml} names another file. */
	static final String DEFAULT_FILE = "traits.yaml";

	private static final List<String> TRAIT_KEYS = List.of("id", "name", "definition", "anchors", "sources");

	private final ContentFiles files;

	private final String path;

	private final List<TraitContent> traits = new ArrayList<>();

	private final Set<String> ids = new HashSet<>();

	private boolean readable;

	private Traits(ContentFiles files, String path) {
		this.files = files;
		this.path = path;
	}

	/** Reads and checks the trait model. */
	static Traits read(ContentFiles files, String path, Essays essays) {
		Traits model = new Traits(files, path);
		Optional<YamlFile.Mapping> root = files.yaml(path);
		if (root.isEmpty()) {
			return model;
		}
		model.readable = true;
		root.get().allowOnly("the trait model", List.of("traits"));
		List<YamlFile.Mapping> traits = root.get().mappings("traits", "the trait model");
		root.get()
			.checkSize("traits", traits.size(), ContentLimits.MIN_TRAITS, ContentLimits.MAX_TRAITS,
					"the trait model has " + ContentFiles.count(traits.size(), "trait") + "; it needs between "
							+ ContentLimits.MIN_TRAITS + " and " + ContentLimits.MAX_TRAITS);
		for (YamlFile.Mapping trait : traits) {
			model.readTrait(trait, essays);
		}
		return model;
	}

	private void readTrait(YamlFile.Mapping trait, Essays essays) {
		trait.allowOnly("a trait", TRAIT_KEYS);
		String id = trait.text("id", "a trait");
		if (id.isEmpty()) {
			return;
		}
		if (!ContentLimits.TRAIT_IDS.contains(id)) {
			trait.problemAt("id", "trait '" + id + "' is not in the Servewell trait model; use one of: "
					+ String.join(", ", ContentLimits.TRAIT_IDS));
			return;
		}
		if (!this.ids.add(id)) {
			trait.problemAt("id", "trait '" + id + "' is defined twice");
			return;
		}
		String what = "trait '" + id + "'";
		String name = trait.text("name", what, ContentLimits.MAX_TRAIT_NAME_LENGTH);
		String definition = trait.text("definition", what, ContentLimits.MAX_STATEMENT_LENGTH);
		List<String> anchors = anchors(trait, what);
		List<String> sources = new ArrayList<>();
		for (YamlFile.Located essay : trait.texts("sources", what)) {
			if (essays.checkListed(this.path, essay.line(), essay.value(), what)) {
				sources.add(essay.value());
			}
		}
		this.traits.add(new TraitContent(id, name, definition, anchors, sources));
	}

	private List<String> anchors(YamlFile.Mapping trait, String what) {
		String[] anchors = new String[RatingScale.ratings().size()];
		Arrays.fill(anchors, "");
		Optional<YamlFile.Mapping> mapping = trait.mapping("anchors", what);
		if (mapping.isEmpty()) {
			return List.of(anchors);
		}
		Set<Integer> present = new HashSet<>();
		for (YamlFile.Field field : mapping.get().fields()) {
			int rating = rating(field.key());
			if (rating == 0) {
				this.files.problem(this.path, field.line(), what + " has an anchor for '" + field.key()
						+ "'; anchors are for the ratings " + RatingScale.range() + " only");
				continue;
			}
			present.add(rating);
			if (field.text().isEmpty() || field.text().get().isBlank()) {
				this.files.problem(this.path, field.line(),
						what + " anchor " + rating + " is empty; describe what a person rated " + rating + " does");
			}
			else {
				anchors[rating - RatingScale.LOWEST] = field.text().get().strip();
				if (anchors[rating - RatingScale.LOWEST].length() > ContentLimits.MAX_STATEMENT_LENGTH) {
					this.files.problem(this.path, field.line(), YamlFile.tooLong(what + " anchor " + rating,
							anchors[rating - RatingScale.LOWEST], ContentLimits.MAX_STATEMENT_LENGTH));
				}
			}
		}
		for (int rating : RatingScale.ratings()) {
			if (!present.contains(rating)) {
				mapping.get()
					.problem(what + " has no anchor for rating " + rating + "; give one for each rating from "
							+ RatingScale.range());
			}
		}
		return List.of(anchors);
	}

	private static int rating(String key) {
		for (int rating : RatingScale.ratings()) {
			if (key.equals(String.valueOf(rating))) {
				return rating;
			}
		}
		return 0;
	}

	/**
	 * Checks that a trait named by a scenario or kit is in the model. Nothing is reported
	 * when the model itself could not be read: that problem is already listed, and every
	 * reference would only repeat it.
	 */
	boolean checkKnown(String file, int line, String trait, String who) {
		if (!this.readable || this.ids.contains(trait)) {
			return true;
		}
		this.files.problem(file, line, who + " names trait '" + trait + "', which " + this.path + " does not define");
		return false;
	}

	List<TraitContent> contents() {
		return List.copyOf(this.traits);
	}

}
