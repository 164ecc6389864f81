package org.servewell.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one course folder: its manifest, lessons, quiz settings and scenario bank.
 * Scenario ids are checked across every course this reader has read.
 */
final class CourseReader {

	private static final Pattern LESSON_FILE = Pattern.compile("[a-z0-9][a-z0-9-]*\\.md");

	private static final Pattern BANK_FILE = Pattern.compile("[a-z0-9][a-z0-9-]*\\.yaml");

	/** Ten years: a longer renewal period is almost certainly a typing mistake. */
	static final int MAX_RENEWAL_MONTHS = 120;

	private static final List<String> COURSE_KEYS = List.of("id", "title", "summary", "audience", "estimatedMinutes",
			"lessons", "quiz", "scenarios", "renewAfterMonths", "language", "translations");

	private static final List<String> LESSON_KEYS = List.of("file", "title", "sources");

	private static final List<String> QUIZ_KEYS = List.of("scenariosPerAttempt", "passMark", "attemptsAllowed",
			"shuffleOptions");

	private static final List<String> SCENARIO_KEYS = List.of("id", "title", "situation", "prompt", "traits", "source",
			"options");

	private static final List<String> OPTION_KEYS = List.of("text", "rating", "feedback");

	private final ContentFiles files;

	private final Essays essays;

	private final Traits traits;

	/** Where each scenario id was first seen, as file:line. */
	private final Map<String, String> scenarioIds = new HashMap<>();

	CourseReader(ContentFiles files, Essays essays, Traits traits) {
		this.files = files;
		this.essays = essays;
		this.traits = traits;
	}

	Optional<CourseContent> read(String indexPath, YamlFile.Located courseId) {
		String folder = "courses/" + courseId.value() + "/";
		String manifestPath = folder + "course.yaml";
		Optional<YamlFile.Mapping> parsed = this.files.listedYaml(indexPath, courseId.line(), manifestPath,
				"course '" + courseId.value() + "' has no manifest");
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		YamlFile.Mapping manifest = parsed.get();
		String what = "course '" + courseId.value() + "'";
		manifest.allowOnly("a course manifest", COURSE_KEYS);
		String id = manifest.text("id", what);
		if (!id.isEmpty() && !id.equals(courseId.value())) {
			manifest.problem("the course id '" + id + "' must match its folder name '" + courseId.value() + "'");
		}
		String title = manifest.text("title", what, ContentLimits.MAX_TITLE_LENGTH);
		String summary = manifest.text("summary", what, ContentLimits.MAX_SUMMARY_LENGTH);
		String audience = manifest.text("audience", what, ContentLimits.MAX_AUDIENCE_LENGTH);
		// estimatedMinutes, written by older versions, is accepted and ignored: the time
		// is
		// computed from the words (ReadingTime).
		List<LessonContent> lessons = readLessons(manifest, folder, what);
		Optional<String> bankText = Optional.empty();
		List<ScenarioContent> scenarios = new ArrayList<>();
		// Unknown while the bank cannot be read; its own problem is reported instead.
		int bankSize = Integer.MAX_VALUE;
		String bank = manifest.text("scenarios", what);
		if (!bank.isEmpty() && !BANK_FILE.matcher(bank).matches()) {
			manifest.problemAt("scenarios",
					"scenario bank '" + bank + "' must be a lower-case YAML file name such as 'scenarios.yaml'");
		}
		else if (!bank.isEmpty()) {
			bankText = this.files.text(folder + bank);
			if (bankText.isEmpty()) {
				manifest.problemAt("scenarios", "scenario bank '" + bank + "' does not exist in " + folder);
			}
			else {
				bankSize = readBank(folder + bank, scenarios);
			}
		}
		QuizSettings quiz = readQuiz(manifest, what, bankSize);
		int renewAfterMonths = manifest.optionalText("renewAfterMonths").isPresent()
				? manifest.number("renewAfterMonths", what, 1, MAX_RENEWAL_MONTHS) : 0;
		String language = readLanguage(manifest);
		List<CourseTranslation> translations = new TranslationReader(this.files).read(manifest, folder, language,
				lessons, bankText.isPresent() ? bank : "", scenarios);
		String hash = hash(this.files.text(manifestPath).orElseThrow(), lessons, bankText.orElse(""), translations);
		return Optional.of(new CourseContent(courseId.value(), title, summary, audience, lessons, hash, quiz, scenarios,
				renewAfterMonths, language, translations));
	}

	private static String readLanguage(YamlFile.Mapping manifest) {
		Optional<String> declared = manifest.optionalText("language").map(String::strip);
		if (declared.isEmpty()) {
			return ContentLanguage.DEFAULT;
		}
		if (!ContentLanguage.isValid(declared.get())) {
			manifest.problemAt("language", "language '" + declared.get()
					+ "' must be a language code such as 'en' or 'pt-BR' (lower-case language, upper-case region)");
			return ContentLanguage.DEFAULT;
		}
		return declared.get();
	}

	private List<LessonContent> readLessons(YamlFile.Mapping manifest, String folder, String what) {
		List<LessonContent> lessons = new ArrayList<>();
		Set<String> lessonFiles = new HashSet<>();
		List<YamlFile.Mapping> listed = manifest.mappings("lessons", what);
		manifest.checkSize("lessons", listed.size(), ContentLimits.MIN_LESSONS, ContentLimits.MAX_LESSONS,
				what + " has " + ContentFiles.count(listed.size(), "lesson") + "; a course has between "
						+ ContentLimits.MIN_LESSONS + " and " + ContentLimits.MAX_LESSONS);
		for (YamlFile.Mapping lesson : listed) {
			lesson.allowOnly("a lesson", LESSON_KEYS);
			String file = lesson.text("file", "a lesson of " + what);
			String lessonTitle = lesson.text("title", "a lesson of " + what, ContentLimits.MAX_TITLE_LENGTH);
			if (file.isEmpty()) {
				continue;
			}
			if (!LESSON_FILE.matcher(file).matches()) {
				lesson
					.problem("lesson file '" + file + "' must be a lower-case Markdown file name such as '01-why.md'");
				continue;
			}
			if (file.length() - ".md".length() > ContentLimits.MAX_ID_LENGTH) {
				lesson.problemAt("file", YamlFile.tooLong("the name of lesson file '" + file + "' without '.md'",
						file.substring(0, file.length() - ".md".length()), ContentLimits.MAX_ID_LENGTH));
				continue;
			}
			if (!lessonFiles.add(file)) {
				lesson.problem("lesson file '" + file + "' is listed twice");
				continue;
			}
			String who = "lesson '" + file + "'";
			List<EssayCitation> sources = new ArrayList<>();
			List<YamlFile.Mapping> cited = lesson.mappings("sources", who);
			lesson.checkSize("sources", cited.size(), 1, Integer.MAX_VALUE,
					who + " lists no sources; cite the essay points it teaches");
			for (YamlFile.Mapping source : cited) {
				this.essays.cite(source, who).ifPresent(sources::add);
			}
			LessonMarkdown.read(this.files, lesson, folder, file)
				.ifPresent(
						(markdown) -> lessons.add(new LessonContent(file.substring(0, file.length() - ".md".length()),
								lessonTitle, markdown, sources)));
		}
		return lessons;
	}

	private QuizSettings readQuiz(YamlFile.Mapping manifest, String what, int bankSize) {
		Optional<YamlFile.Mapping> parsed = manifest.mapping("quiz", what);
		if (parsed.isEmpty()) {
			return new QuizSettings(QuizSettings.MIN_SCENARIOS_PER_ATTEMPT, QuizSettings.MAX_PASS_MARK,
					QuizSettings.MIN_ATTEMPTS_ALLOWED, true);
		}
		YamlFile.Mapping quiz = parsed.get();
		String quizOf = "the quiz of " + what;
		quiz.allowOnly("the quiz settings", QUIZ_KEYS);
		int perAttempt = quiz.number("scenariosPerAttempt", quizOf, QuizSettings.MIN_SCENARIOS_PER_ATTEMPT,
				Integer.MAX_VALUE);
		if (perAttempt > bankSize) {
			quiz.problemAt("scenariosPerAttempt", "'scenariosPerAttempt' is " + perAttempt + " but the scenario bank"
					+ " holds only " + bankSize + "; draw at most " + bankSize + " or add scenarios");
		}
		int passMark = quiz.number("passMark", quizOf, QuizSettings.MIN_PASS_MARK, QuizSettings.MAX_PASS_MARK);
		int attempts = quiz.number("attemptsAllowed", quizOf, QuizSettings.MIN_ATTEMPTS_ALLOWED, Integer.MAX_VALUE);
		boolean shuffle = quiz.flag("shuffleOptions", true);
		return new QuizSettings(perAttempt, passMark, attempts, shuffle);
	}

	/**
	 * Reads the bank's scenarios into a list and returns how many it lists, counting
	 * those with problems so that one broken scenario does not also break the quiz.
	 */
	private int readBank(String path, List<ScenarioContent> scenarios) {
		Optional<YamlFile.Mapping> bank = this.files.yaml(path);
		if (bank.isEmpty()) {
			return Integer.MAX_VALUE;
		}
		bank.get().allowOnly("a scenario bank", List.of("scenarios"));
		List<YamlFile.Mapping> listed = bank.get().mappings("scenarios", "the scenario bank");
		for (YamlFile.Mapping scenario : listed) {
			readScenario(path, scenario).ifPresent(scenarios::add);
		}
		return listed.size();
	}

	private Optional<ScenarioContent> readScenario(String path, YamlFile.Mapping scenario) {
		scenario.allowOnly("a scenario", SCENARIO_KEYS);
		String id = scenario.text("id", "a scenario");
		if (id.isEmpty() || !this.files.checkId(path, scenario.line("id"), "scenario", id, "late-evening-caller")) {
			return Optional.empty();
		}
		String earlier = this.scenarioIds.putIfAbsent(id, path + ":" + scenario.line("id"));
		if (earlier != null) {
			scenario.problemAt("id", "scenario id '" + id + "' is already used at " + earlier
					+ "; scenario ids must be unique across all courses");
			return Optional.empty();
		}
		String what = "scenario '" + id + "'";
		String title = scenario.text("title", what, ContentLimits.MAX_TITLE_LENGTH);
		String situation = scenario.text("situation", what);
		for (YamlFile.Located html : LessonMarkdown.rawHtml(situation)) {
			scenario.problemAt("situation", "the situation of " + what + " contains raw HTML '" + html.value()
					+ "'; write it in Markdown instead");
		}
		String prompt = scenario.text("prompt", what, ContentLimits.MAX_PROMPT_LENGTH);
		List<String> traitIds = readTraits(path, scenario, what);
		EssayCitation source = scenario.mapping("source", what)
			.flatMap((mapping) -> this.essays.cite(mapping, what))
			.orElse(null);
		List<OptionContent> options = readOptions(scenario, what);
		return Optional.of(new ScenarioContent(id, title, situation, prompt, traitIds, source, options));
	}

	private List<String> readTraits(String path, YamlFile.Mapping scenario, String what) {
		List<YamlFile.Located> named = scenario.texts("traits", what);
		scenario.checkSize("traits", named.size(), ContentLimits.MIN_SCENARIO_TRAITS, ContentLimits.MAX_SCENARIO_TRAITS,
				what + " has " + ContentFiles.count(named.size(), "trait") + "; tag it with "
						+ ContentLimits.MIN_SCENARIO_TRAITS + " to " + ContentLimits.MAX_SCENARIO_TRAITS);
		Set<String> traitIds = new HashSet<>();
		List<String> result = new ArrayList<>();
		for (YamlFile.Located trait : named) {
			if (!traitIds.add(trait.value())) {
				this.files.problem(path, trait.line(), what + " names trait '" + trait.value() + "' twice");
			}
			else if (this.traits.checkKnown(path, trait.line(), trait.value(), what)) {
				result.add(trait.value());
			}
		}
		return result;
	}

	private List<OptionContent> readOptions(YamlFile.Mapping scenario, String what) {
		List<YamlFile.Mapping> listed = scenario.mappings("options", what);
		scenario.checkSize("options", listed.size(), ContentLimits.MIN_OPTIONS, ContentLimits.MAX_OPTIONS,
				what + " has " + ContentFiles.count(listed.size(), "option") + "; give it " + ContentLimits.MIN_OPTIONS
						+ " to " + ContentLimits.MAX_OPTIONS);
		List<OptionContent> options = new ArrayList<>();
		List<Integer> best = new ArrayList<>();
		for (YamlFile.Mapping option : listed) {
			String who = what + " option " + (options.size() + 1);
			option.allowOnly("an option", OPTION_KEYS);
			String text = option.text("text", who, ContentLimits.MAX_STATEMENT_LENGTH);
			int rating = option.number("rating", who, OptionContent.WORST_RATING, OptionContent.BEST_RATING);
			String feedback = option.text("feedback", who, ContentLimits.MAX_EXPLANATION_LENGTH);
			if (rating == OptionContent.BEST_RATING) {
				best.add(options.size() + 1);
			}
			options.add(new OptionContent(text, rating, feedback));
		}
		if (!listed.isEmpty() && best.isEmpty()) {
			scenario.problemAt("options", what + " has no option rated " + OptionContent.BEST_RATING
					+ "; rate its one best response " + OptionContent.BEST_RATING);
		}
		else if (best.size() > 1) {
			scenario.problemAt("options",
					what + " has " + best.size() + " options rated " + OptionContent.BEST_RATING + " (options "
							+ best.stream().map(String::valueOf).collect(Collectors.joining(", "))
							+ "); exactly one may be the best response");
		}
		return options;
	}

	/**
	 * SHA-256 over every file of the course, each introduced by its name so that moving
	 * text from one file to another changes the hash too.
	 */
	private static String hash(String manifest, List<LessonContent> lessons, String bank,
			List<CourseTranslation> translations) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			update(digest, "course.yaml", manifest);
			for (LessonContent lesson : lessons) {
				update(digest, lesson.id(), lesson.markdown());
			}
			update(digest, "scenarios", bank);
			for (CourseTranslation translation : translations) {
				update(digest, "translation", translation.language() + "\n" + translation.title() + "\n"
						+ translation.summary() + "\n" + translation.audience());
				for (CourseTranslation.LessonTranslation lesson : translation.lessons()) {
					update(digest, lesson.lessonId(), lesson.title() + "\n" + lesson.markdown());
				}
				for (CourseTranslation.ScenarioTranslation scenario : translation.scenarios()) {
					update(digest, scenario.scenarioId(),
							scenario.title() + "\n" + scenario.situation() + "\n" + scenario.prompt());
					for (CourseTranslation.OptionTranslation option : scenario.options()) {
						update(digest, "option", option.text() + "\n" + option.feedback());
					}
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static void update(MessageDigest digest, String name, String text) {
		digest.update(name.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
		digest.update(text.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

}
