package org.servewell.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes a course in the content format: the folder {@link ContentReader} reads. What the
 * authoring studio holds is written with this and read back with the reader, so a draft
 * is checked by exactly the rules a content folder is, and an export is a folder an
 * author can edit and import again.
 *
 * <p>
 * Incomplete courses are written as they are (an empty text, a rating of 0, a scenario
 * without a source), so the reader reports what is missing.
 */
public final class CourseWriter {

	/** The scenario bank's file name in a written course folder. */
	public static final String BANK_FILE = "scenarios.yaml";

	private static final Pattern LIST_ENTRY = Pattern.compile("^( *)- (\\w+):");

	private CourseWriter() {
	}

	/** The course's files, by path relative to a content root. */
	public static CourseFiles write(CourseContent course) {
		String folder = "courses/" + course.id() + "/";
		Map<String, String> files = new LinkedHashMap<>();
		List<CourseFiles.Span> spans = new ArrayList<>();

		String manifest = yaml().dump(manifest(course));
		files.put(folder + "course.yaml", manifest);
		List<Integer> lessonStarts = entryLines(manifest, "file");
		for (int i = 0; i < lessonStarts.size(); i++) {
			int end = (i + 1 < lessonStarts.size()) ? lessonStarts.get(i + 1) - 1
					: endOfList(manifest, lessonStarts.get(i));
			spans.add(new CourseFiles.Span(folder + "course.yaml", lessonStarts.get(i), end,
					new CourseFiles.Part(CourseFiles.Kind.LESSON, i)));
		}
		for (int i = 0; i < course.lessons().size(); i++) {
			LessonContent lesson = course.lessons().get(i);
			String file = folder + lesson.id() + ".md";
			if (!files.containsKey(file)) {
				files.put(file, lesson.markdown());
				spans.add(new CourseFiles.Span(file, 0, Integer.MAX_VALUE,
						new CourseFiles.Part(CourseFiles.Kind.LESSON, i)));
			}
		}

		String bank = yaml()
			.dump(Map.of("scenarios", course.scenarios().stream().map(CourseWriter::scenario).toList()));
		files.put(folder + BANK_FILE, bank);
		List<Integer> scenarioStarts = entryLines(bank, "id");
		for (int i = 0; i < scenarioStarts.size(); i++) {
			int end = (i + 1 < scenarioStarts.size()) ? scenarioStarts.get(i + 1) - 1 : Integer.MAX_VALUE;
			spans.add(new CourseFiles.Span(folder + BANK_FILE, scenarioStarts.get(i), end,
					new CourseFiles.Part(CourseFiles.Kind.SCENARIO, i)));
		}
		for (CourseTranslation translation : course.translations()) {
			writeTranslation(folder + translation.language() + "/", translation, files);
		}
		return new CourseFiles(course.id(), files, spans);
	}

	private static void writeTranslation(String folder, CourseTranslation translation, Map<String, String> files) {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("language", translation.language());
		manifest.put("title", translation.title());
		manifest.put("summary", translation.summary());
		manifest.put("audience", translation.audience());
		List<Map<String, Object>> lessons = new ArrayList<>();
		for (CourseTranslation.LessonTranslation lesson : translation.lessons()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("file", lesson.lessonId() + ".md");
			entry.put("title", lesson.title());
			lessons.add(entry);
			files.put(folder + lesson.lessonId() + ".md", lesson.markdown());
		}
		manifest.put("lessons", lessons);
		files.put(folder + "course.yaml", yaml().dump(manifest));
		List<Map<String, Object>> scenarios = new ArrayList<>();
		for (CourseTranslation.ScenarioTranslation scenario : translation.scenarios()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", scenario.scenarioId());
			entry.put("title", scenario.title());
			entry.put("situation", scenario.situation());
			entry.put("prompt", scenario.prompt());
			entry.put("options", scenario.options().stream().map((option) -> {
				Map<String, Object> words = new LinkedHashMap<>();
				words.put("text", option.text());
				words.put("feedback", option.feedback());
				return words;
			}).toList());
			scenarios.add(entry);
		}
		files.put(folder + BANK_FILE, yaml().dump(Map.of("scenarios", scenarios)));
	}

	private static Map<String, Object> manifest(CourseContent course) {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("id", course.id());
		manifest.put("title", course.title());
		manifest.put("summary", course.summary());
		manifest.put("audience", course.audience());
		manifest.put("lessons", course.lessons().stream().map(CourseWriter::lesson).toList());
		QuizSettings quiz = course.quiz();
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("scenariosPerAttempt", quiz.scenariosPerAttempt());
		settings.put("passMark", quiz.passMark());
		settings.put("attemptsAllowed", quiz.attemptsAllowed());
		settings.put("shuffleOptions", quiz.shuffleOptions());
		manifest.put("quiz", settings);
		manifest.put("scenarios", BANK_FILE);
		if (course.renewAfterMonths() != 0) {
			manifest.put("renewAfterMonths", course.renewAfterMonths());
		}
		if (!course.language().equals(ContentLanguage.DEFAULT) || !course.translations().isEmpty()) {
			manifest.put("language", course.language());
		}
		if (!course.translations().isEmpty()) {
			manifest.put("translations", course.translations().stream().map(CourseTranslation::language).toList());
		}
		return manifest;
	}

	private static Map<String, Object> lesson(LessonContent lesson) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("file", lesson.id() + ".md");
		entry.put("title", lesson.title());
		entry.put("sources", lesson.sources().stream().map(CourseWriter::citation).toList());
		return entry;
	}

	private static Map<String, Object> scenario(ScenarioContent scenario) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("id", scenario.id());
		entry.put("title", scenario.title());
		entry.put("situation", scenario.situation());
		entry.put("prompt", scenario.prompt());
		entry.put("traits", scenario.traits());
		if (scenario.source() != null) {
			entry.put("source", citation(scenario.source()));
		}
		entry.put("options", scenario.options().stream().map(CourseWriter::option).toList());
		return entry;
	}

	private static Map<String, Object> option(OptionContent option) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("text", option.text());
		entry.put("rating", option.rating());
		entry.put("feedback", option.feedback());
		return entry;
	}

	private static Map<String, Object> citation(EssayCitation citation) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("essay", citation.essay());
		entry.put("point", citation.point());
		return entry;
	}

	/**
	 * The 1-based lines where the top-level list's entries start, recognised by their
	 * first key at the list's own indentation (deeper lines belong to an entry).
	 */
	static List<Integer> entryLines(String yaml, String firstKey) {
		List<Integer> starts = new ArrayList<>();
		String indent = null;
		String[] lines = yaml.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			Matcher matcher = LIST_ENTRY.matcher(lines[i]);
			if (matcher.find() && matcher.group(2).equals(firstKey)
					&& (indent == null || indent.equals(matcher.group(1)))) {
				indent = matcher.group(1);
				starts.add(i + 1);
			}
		}
		return starts;
	}

	/**
	 * The last line of the list entry starting at {@code start}: before the next
	 * top-level key.
	 */
	private static int endOfList(String yaml, int start) {
		String[] lines = yaml.split("\n", -1);
		for (int i = start; i < lines.length; i++) {
			if (!lines[i].isBlank() && !Character.isWhitespace(lines[i].charAt(0))) {
				return i;
			}
		}
		return lines.length;
	}

	static Yaml yaml() {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndent(2);
		options.setIndicatorIndent(2);
		options.setIndentWithIndicator(true);
		options.setWidth(120);
		options.setSplitLines(false);
		// Lists that are the same object (every empty List.of()) would be written as an
		// anchor and aliases, which the reader refuses beyond ten to stop alias bombs.
		options.setDereferenceAliases(true);
		return new Yaml(new BlockTextRepresenter(options), options);
	}

	/**
	 * Writes texts with line breaks as literal blocks, the way authors write situations
	 * and lessons, instead of one long quoted line.
	 */
	private static final class BlockTextRepresenter extends Representer {

		BlockTextRepresenter(DumperOptions options) {
			super(options);
			Represent plain = this.representers.get(String.class);
			this.representers.put(String.class, (data) -> {
				String text = (String) data;
				return text.contains("\n") ? representScalar(Tag.STR, text, DumperOptions.ScalarStyle.LITERAL)
						: plain.representData(data);
			});
		}

	}

}
