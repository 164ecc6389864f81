package org.servewell.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the interview kits that {@code content.yaml} lists. */
final class InterviewKitReader {

	private static final List<String> KIT_KEYS = List.of("id", "title", "forRole", "passThreshold", "traits");

	private static final List<String> TRAIT_KEYS = List.of("trait", "weight", "questions");

	private static final List<String> QUESTION_KEYS = List.of("kind", "text", "probes", "strongAnswer", "weakAnswer");

	private final ContentFiles files;

	private final Traits traits;

	InterviewKitReader(ContentFiles files, Traits traits) {
		this.files = files;
		this.traits = traits;
	}

	static String kitFile(String id) {
		return "interview-kits/" + id + ".yaml";
	}

	Optional<InterviewKitContent> read(String indexPath, YamlFile.Located kitId) {
		String path = kitFile(kitId.value());
		Optional<YamlFile.Mapping> parsed = this.files.listedYaml(indexPath, kitId.line(), path,
				"interview kit '" + kitId.value() + "' has no file");
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		YamlFile.Mapping kit = parsed.get();
		String what = "interview kit '" + kitId.value() + "'";
		kit.allowOnly("an interview kit", KIT_KEYS);
		String id = kit.text("id", what);
		if (!id.isEmpty() && !id.equals(kitId.value())) {
			kit.problemAt("id", "the kit id '" + id + "' must match its file name '" + kitId.value() + "'");
		}
		String title = kit.text("title", what, ContentLimits.MAX_TITLE_LENGTH);
		String forRole = kit.text("forRole", what, ContentLimits.MAX_AUDIENCE_LENGTH);
		double passThreshold = kit.decimal("passThreshold", what, RatingScale.LOWEST, RatingScale.HIGHEST);
		List<YamlFile.Mapping> listed = kit.mappings("traits", what);
		kit.checkSize("traits", listed.size(), ContentLimits.MIN_KIT_TRAITS, ContentLimits.MAX_KIT_TRAITS,
				what + " rates " + ContentFiles.count(listed.size(), "trait") + "; a kit rates "
						+ ContentLimits.MIN_KIT_TRAITS + " to " + ContentLimits.MAX_KIT_TRAITS);
		List<InterviewKitContent.KitTrait> kitTraits = new ArrayList<>();
		Set<String> rated = new HashSet<>();
		for (YamlFile.Mapping trait : listed) {
			readTrait(path, trait, what, rated).ifPresent(kitTraits::add);
		}
		return Optional.of(new InterviewKitContent(kitId.value(), title, forRole, passThreshold, kitTraits));
	}

	private Optional<InterviewKitContent.KitTrait> readTrait(String path, YamlFile.Mapping trait, String kit,
			Set<String> rated) {
		trait.allowOnly("a trait of a kit", TRAIT_KEYS);
		String id = trait.text("trait", "a trait of " + kit);
		if (id.isEmpty() || !this.traits.checkKnown(path, trait.line("trait"), id, kit)) {
			return Optional.empty();
		}
		if (!rated.add(id)) {
			trait.problemAt("trait", kit + " rates trait '" + id + "' twice");
			return Optional.empty();
		}
		String what = "trait '" + id + "' in " + kit;
		int weight = trait.number("weight", what, ContentLimits.MIN_WEIGHT, ContentLimits.MAX_WEIGHT);
		List<YamlFile.Mapping> listed = trait.mappings("questions", what);
		trait.checkSize("questions", listed.size(), ContentLimits.MIN_QUESTIONS, ContentLimits.MAX_QUESTIONS,
				what + " has " + ContentFiles.count(listed.size(), "question") + "; ask " + ContentLimits.MIN_QUESTIONS
						+ " or " + ContentLimits.MAX_QUESTIONS);
		List<InterviewKitContent.InterviewQuestion> questions = new ArrayList<>();
		for (YamlFile.Mapping question : listed) {
			questions.add(readQuestion(question, "question " + (questions.size() + 1) + " on " + what));
		}
		return Optional.of(new InterviewKitContent.KitTrait(id, weight, questions));
	}

	private InterviewKitContent.InterviewQuestion readQuestion(YamlFile.Mapping question, String what) {
		question.allowOnly("a question", QUESTION_KEYS);
		String kind = question.text("kind", what);
		InterviewKitContent.QuestionKind parsedKind = InterviewKitContent.QuestionKind.BEHAVIOURAL;
		if (kind.equals("situational")) {
			parsedKind = InterviewKitContent.QuestionKind.SITUATIONAL;
		}
		else if (!kind.isEmpty() && !kind.equals("behavioural")) {
			question.problemAt("kind", what + " has kind '" + kind + "'; use behavioural or situational");
		}
		String text = question.text("text", what, ContentLimits.MAX_STATEMENT_LENGTH);
		List<String> probes = new ArrayList<>();
		for (YamlFile.Located probe : question.optionalTexts("probes", what)) {
			if (probe.value().length() > ContentLimits.MAX_PROBE_LENGTH) {
				this.files.problem(question.path(), probe.line(),
						YamlFile.tooLong("a probe of " + what, probe.value(), ContentLimits.MAX_PROBE_LENGTH));
			}
			probes.add(probe.value());
		}
		String strong = question.text("strongAnswer", what, ContentLimits.MAX_EXPLANATION_LENGTH);
		String weak = question.text("weakAnswer", what, ContentLimits.MAX_EXPLANATION_LENGTH);
		return new InterviewKitContent.InterviewQuestion(parsedKind, text, probes, strong, weak);
	}

}
