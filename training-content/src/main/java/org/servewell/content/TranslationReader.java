package org.servewell.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the translations a course manifest lists: each is a folder named by its language
 * beside the manifest, holding its own {@code course.yaml}, the lessons under the
 * original's file names and the scenario bank under the original's name. A translation
 * covers every lesson, scenario and option of the original, keyed as there; it repeats no
 * rating, trait or source.
 */
final class TranslationReader {

	private static final List<String> MANIFEST_KEYS = List.of("language", "title", "summary", "audience", "lessons");

	private static final List<String> LESSON_KEYS = List.of("file", "title");

	private static final List<String> SCENARIO_KEYS = List.of("id", "title", "situation", "prompt", "options");

	private static final List<String> OPTION_KEYS = List.of("text", "feedback");

	private final ContentFiles files;

	TranslationReader(ContentFiles files) {
		this.files = files;
	}

	/**
	 * The translations the manifest lists, read and checked against the original.
	 * @param folder the course folder, ending in "/"
	 * @param language the original's language
	 * @param bank the original's scenario bank file name, or "" when it has none
	 */
	List<CourseTranslation> read(YamlFile.Mapping manifest, String folder, String language, List<LessonContent> lessons,
			String bank, List<ScenarioContent> scenarios) {
		List<CourseTranslation> result = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (YamlFile.Located listed : manifest.optionalTexts("translations", "the course manifest")) {
			String tag = listed.value();
			if (!ContentLanguage.isValid(tag)) {
				this.files.problem(manifest.path(), listed.line(), "translation '" + tag
						+ "' must be a language code such as 'de' or 'pt-BR' (lower-case language, upper-case region)");
			}
			else if (tag.equals(language)) {
				this.files.problem(manifest.path(), listed.line(),
						"translation '" + tag + "' is the course's own language; list only other languages");
			}
			else if (!seen.add(tag)) {
				this.files.problem(manifest.path(), listed.line(), "translation '" + tag + "' is listed twice");
			}
			else {
				readOne(manifest.path(), listed, folder, lessons, bank, scenarios).ifPresent(result::add);
			}
		}
		return result;
	}

	private Optional<CourseTranslation> readOne(String manifestPath, YamlFile.Located tag, String folder,
			List<LessonContent> lessons, String bank, List<ScenarioContent> scenarios) {
		String translated = folder + tag.value() + "/";
		Optional<YamlFile.Mapping> parsed = this.files.listedYaml(manifestPath, tag.line(), translated + "course.yaml",
				"translation '" + tag.value() + "' has no manifest");
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		YamlFile.Mapping manifest = parsed.get();
		String what = "the '" + tag.value() + "' translation";
		manifest.allowOnly("a translation manifest", MANIFEST_KEYS);
		String language = manifest.text("language", what);
		if (!language.isEmpty() && !language.equals(tag.value())) {
			manifest.problemAt("language",
					"the translation's language '" + language + "' must match its folder name '" + tag.value() + "'");
		}
		String title = manifest.text("title", what, ContentLimits.MAX_TITLE_LENGTH);
		String summary = manifest.text("summary", what, ContentLimits.MAX_SUMMARY_LENGTH);
		String audience = manifest.text("audience", what, ContentLimits.MAX_AUDIENCE_LENGTH);
		List<CourseTranslation.LessonTranslation> translatedLessons = readLessons(manifest, translated, what, lessons);
		List<CourseTranslation.ScenarioTranslation> translatedScenarios = bank.isEmpty() ? List.of()
				: readBank(translated + bank, what, scenarios);
		return Optional
			.of(new CourseTranslation(tag.value(), title, summary, audience, translatedLessons, translatedScenarios));
	}

	private List<CourseTranslation.LessonTranslation> readLessons(YamlFile.Mapping manifest, String folder, String what,
			List<LessonContent> originals) {
		Map<String, LessonContent> byFile = new LinkedHashMap<>();
		originals.forEach((lesson) -> byFile.put(lesson.id() + ".md", lesson));
		List<CourseTranslation.LessonTranslation> result = new ArrayList<>();
		Set<String> done = new HashSet<>();
		for (YamlFile.Mapping lesson : manifest.mappings("lessons", what)) {
			lesson.allowOnly("a translated lesson", LESSON_KEYS);
			String file = lesson.text("file", "a lesson of " + what);
			String title = lesson.text("title", "a lesson of " + what, ContentLimits.MAX_TITLE_LENGTH);
			if (file.isEmpty()) {
				continue;
			}
			if (!byFile.containsKey(file)) {
				lesson.problemAt("file", "lesson file '" + file + "' is not a lesson of the course; a translation"
						+ " lists the original's lessons under their own file names");
				continue;
			}
			if (!done.add(file)) {
				lesson.problem("lesson file '" + file + "' is listed twice");
				continue;
			}
			LessonMarkdown.read(this.files, lesson, folder, file)
				.ifPresent((markdown) -> result
					.add(new CourseTranslation.LessonTranslation(byFile.get(file).id(), title, markdown)));
		}
		return result;
	}

	private List<CourseTranslation.ScenarioTranslation> readBank(String path, String what,
			List<ScenarioContent> originals) {
		Optional<YamlFile.Mapping> bank = this.files.yaml(path);
		if (bank.isEmpty()) {
			return List.of();
		}
		bank.get().allowOnly("a translated scenario bank", List.of("scenarios"));
		Map<String, ScenarioContent> byId = new LinkedHashMap<>();
		originals.forEach((scenario) -> byId.put(scenario.id(), scenario));
		List<CourseTranslation.ScenarioTranslation> result = new ArrayList<>();
		Set<String> done = new HashSet<>();
		for (YamlFile.Mapping scenario : bank.get().mappings("scenarios", "the translated scenario bank")) {
			scenario.allowOnly("a translated scenario", SCENARIO_KEYS);
			String id = scenario.text("id", "a scenario of " + what);
			if (id.isEmpty()) {
				continue;
			}
			ScenarioContent original = byId.get(id);
			if (original == null) {
				scenario.problemAt("id", "scenario '" + id + "' is not in the course's scenario bank");
				continue;
			}
			if (!done.add(id)) {
				scenario.problemAt("id", "scenario '" + id + "' is translated twice");
				continue;
			}
			readScenario(scenario, original).ifPresent(result::add);
		}
		return result;
	}

	private Optional<CourseTranslation.ScenarioTranslation> readScenario(YamlFile.Mapping scenario,
			ScenarioContent original) {
		String what = "scenario '" + original.id() + "'";
		String title = scenario.text("title", what, ContentLimits.MAX_TITLE_LENGTH);
		String situation = scenario.text("situation", what);
		for (YamlFile.Located html : LessonMarkdown.rawHtml(situation)) {
			scenario.problemAt("situation", "the situation of " + what + " contains raw HTML '" + html.value()
					+ "'; write it in Markdown instead");
		}
		String prompt = scenario.text("prompt", what, ContentLimits.MAX_PROMPT_LENGTH);
		List<YamlFile.Mapping> listed = scenario.mappings("options", what);
		if (listed.size() != original.options().size()) {
			scenario.problemAt("options",
					what + " has " + ContentFiles.count(listed.size(), "option") + " but the original has "
							+ original.options().size() + "; translate each option, in the original's order");
			return Optional.empty();
		}
		List<CourseTranslation.OptionTranslation> options = new ArrayList<>();
		for (YamlFile.Mapping option : listed) {
			String who = what + " option " + (options.size() + 1);
			option.allowOnly("a translated option (its rating is the original's)", OPTION_KEYS);
			options.add(new CourseTranslation.OptionTranslation(
					option.text("text", who, ContentLimits.MAX_STATEMENT_LENGTH),
					option.text("feedback", who, ContentLimits.MAX_EXPLANATION_LENGTH)));
		}
		return Optional.of(new CourseTranslation.ScenarioTranslation(original.id(), title, situation, prompt, options));
	}

}
