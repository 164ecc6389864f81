package org.servewell.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a content folder into a {@link ContentBundle}, reporting every problem found with
 * its file and line.
 * <p>
 * The folder's {@code content.yaml} lists the essays, courses, onboarding paths and
 * interview kits; every other file is reached from it by name. FORMAT.md beside this
 * module describes the files.
 */
public final class ContentReader {

	/** The file at the root of every content folder. */
	public static final String INDEX_FILE = "content.yaml";

	private static final Pattern YAML_FILE = Pattern.compile("[a-z0-9][a-z0-9-]*\\.yaml");

	private static final List<String> INDEX_KEYS = List.of("essays", "traits", "courses", "paths", "interviewKits",
			"bankHealth");

	private static final List<String> PATH_KEYS = List.of("id", "title", "summary", "audience", "courses");

	private static final List<String> PATH_COURSE_KEYS = List.of("course", "dueAfterDays");

	private final ContentFiles files;

	private ContentReader(ContentSource source) {
		this.files = new ContentFiles(source);
	}

	/**
	 * Reads and checks the content.
	 * @throws ContentException listing every problem when anything is wrong
	 */
	public static ContentBundle read(ContentSource source) {
		ContentReader reader = new ContentReader(source);
		ContentBundle bundle = reader.readIndex();
		if (reader.files.hasProblems()) {
			throw new ContentException(reader.files.problems());
		}
		return bundle;
	}

	/**
	 * Reads and checks one course folder, {@code courses/<courseId>/}, against the trait
	 * model and essays the source's index names. Other courses and paths are not read, so
	 * a scenario id is only checked within this course.
	 * @throws ContentException listing every problem when anything is wrong
	 */
	public static CourseContent readCourse(ContentSource source, String courseId) {
		ContentReader reader = new ContentReader(source);
		Optional<CourseContent> course = reader.readOneCourse(courseId);
		if (reader.files.hasProblems() || course.isEmpty()) {
			throw new ContentException(reader.files.problems());
		}
		return course.get();
	}

	/**
	 * Checks one interview kit, such as one HR has adjusted, by exactly the rules a kit
	 * file in the content passes: it is written in the content format and read back
	 * against the trait model the source's index names. The kit need not be listed in the
	 * index.
	 * @return the kit as read, or every problem, each placed on the trait it concerns
	 */
	public static InterviewKitCheck checkInterviewKit(ContentSource source, InterviewKitContent kit) {
		String path = InterviewKitReader.kitFile(kit.id());
		String written = InterviewKitWriter.write(kit);
		ContentReader reader = new ContentReader(new ContentSource() {

			@Override
			public Optional<String> read(String relativePath) {
				return relativePath.equals(path) ? Optional.of(written) : source.read(relativePath);
			}

			@Override
			public String describe() {
				return "interview kit '" + kit.id() + "'";
			}

		});
		Optional<InterviewKitContent> read = reader.readOneKit(kit.id());
		List<Integer> traitLines = InterviewKitWriter.traitLines(written);
		List<InterviewKitCheck.Problem> problems = reader.files.problems()
			.stream()
			.map((problem) -> problem.file().equals(path)
					? new InterviewKitCheck.Problem(traitAt(traitLines, problem.line()), problem.message())
					: new InterviewKitCheck.Problem(InterviewKitCheck.Problem.WHOLE_KIT, problem.toString()))
			.toList();
		return new InterviewKitCheck(problems.isEmpty() ? read : Optional.empty(), problems);
	}

	private static int traitAt(List<Integer> traitLines, int line) {
		int index = InterviewKitCheck.Problem.WHOLE_KIT;
		for (int i = 0; i < traitLines.size() && traitLines.get(i) <= line; i++) {
			index = i;
		}
		return index;
	}

	private Optional<InterviewKitContent> readOneKit(String kitId) {
		Optional<YamlFile.Mapping> parsed = this.files.yaml(INDEX_FILE);
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		YamlFile.Mapping index = parsed.get();
		Traits traits = Traits.read(this.files, traitsFile(index), Essays.read(this.files, index));
		if (!this.files.checkId(InterviewKitReader.kitFile(kitId), 0, "interview kit", kitId, "front-line-service")) {
			return Optional.empty();
		}
		return new InterviewKitReader(this.files, traits).read(INDEX_FILE, new YamlFile.Located(kitId, 0));
	}

	private Optional<CourseContent> readOneCourse(String courseId) {
		Optional<YamlFile.Mapping> parsed = this.files.yaml(INDEX_FILE);
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		YamlFile.Mapping index = parsed.get();
		Essays essays = Essays.read(this.files, index);
		Traits traits = Traits.read(this.files, traitsFile(index), essays);
		String folder = "courses/" + courseId + "/";
		if (!this.files.checkId(folder + "course.yaml", 0, "course", courseId, "first-time-every-time")) {
			return Optional.empty();
		}
		return new CourseReader(this.files, essays, traits).read(INDEX_FILE, new YamlFile.Located(courseId, 0));
	}

	private static ContentBundle.CheckLevel bankHealthLevel(YamlFile.Mapping index) {
		String level = index.optionalText("bankHealth").orElse("warning");
		return switch (level) {
			case "warning" -> ContentBundle.CheckLevel.WARNING;
			case "error" -> ContentBundle.CheckLevel.ERROR;
			default -> {
				index.problemAt("bankHealth", "'bankHealth' is '" + level + "'; it must be 'warning' or 'error'");
				yield ContentBundle.CheckLevel.WARNING;
			}
		};
	}

	private ContentBundle readIndex() {
		Optional<YamlFile.Mapping> parsed = this.files.yaml(INDEX_FILE);
		if (parsed.isEmpty()) {
			return new ContentBundle(List.of(), List.of(), List.of(), List.of(), List.of());
		}
		YamlFile.Mapping index = parsed.get();
		index.allowOnly("the content index", INDEX_KEYS);
		Essays essays = Essays.read(this.files, index);
		Traits traits = Traits.read(this.files, traitsFile(index), essays);
		Set<String> courseIds = new LinkedHashSet<>();
		List<CourseContent> courses = new ArrayList<>();
		CourseReader courseReader = new CourseReader(this.files, essays, traits);
		for (YamlFile.Located courseId : uniqueIds(index, "courses", "course", "first-time-every-time", true)) {
			courseIds.add(courseId.value());
			courseReader.read(INDEX_FILE, courseId).ifPresent(courses::add);
		}
		List<PathContent> paths = readPaths(index, courseIds);
		InterviewKitReader kitReader = new InterviewKitReader(this.files, traits);
		List<InterviewKitContent> kits = new ArrayList<>();
		for (YamlFile.Located kitId : uniqueIds(index, "interviewKits", "interview kit", "front-line-service", false)) {
			kitReader.read(INDEX_FILE, kitId).ifPresent(kits::add);
		}
		// Only now has every lesson and scenario had its say on what it teaches.
		essays.reportUntaught();
		return new ContentBundle(courses, paths, traits.contents(), kits, essays.contents(), bankHealthLevel(index));
	}

	/**
	 * The trait model's file: {@code traits.yaml} unless the index names another, which
	 * the format's index description allows.
	 */
	private String traitsFile(YamlFile.Mapping index) {
		Optional<String> named = index.optionalText("traits").map(String::strip);
		if (named.isPresent() && !YAML_FILE.matcher(named.get()).matches()) {
			index.problemAt("traits",
					"'traits' must name a YAML file in this folder, such as '" + Traits.DEFAULT_FILE + "'");
			return Traits.DEFAULT_FILE;
		}
		return named.orElse(Traits.DEFAULT_FILE);
	}

	private List<YamlFile.Located> uniqueIds(YamlFile.Mapping index, String key, String what, String example,
			boolean required) {
		List<YamlFile.Located> listed = required ? index.texts(key, "the content index")
				: index.optionalTexts(key, "the content index");
		List<YamlFile.Located> unique = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (YamlFile.Located id : listed) {
			if (!seen.add(id.value())) {
				this.files.problem(INDEX_FILE, id.line(), what + " '" + id.value() + "' is listed twice");
			}
			else if (this.files.checkId(INDEX_FILE, id.line(), what, id.value(), example)) {
				unique.add(id);
			}
		}
		return unique;
	}

	private List<PathContent> readPaths(YamlFile.Mapping index, Set<String> courseIds) {
		List<PathContent> paths = new ArrayList<>();
		Set<String> pathIds = new HashSet<>();
		for (YamlFile.Mapping path : index.optionalMappings("paths", "the content index")) {
			path.allowOnly("a path", PATH_KEYS);
			String id = path.text("id", "a path");
			if (id.isEmpty() || !this.files.checkId(INDEX_FILE, path.line("id"), "path", id, "front-line-onboarding")) {
				continue;
			}
			if (!pathIds.add(id)) {
				path.problemAt("id", "path '" + id + "' is listed twice");
				continue;
			}
			String what = "path '" + id + "'";
			String title = path.text("title", what, ContentLimits.MAX_TITLE_LENGTH);
			String summary = path.text("summary", what, ContentLimits.MAX_SUMMARY_LENGTH);
			String audience = path.text("audience", what, ContentLimits.MAX_AUDIENCE_LENGTH);
			List<YamlFile.Mapping> listed = path.mappings("courses", what);
			path.checkSize("courses", listed.size(), 1, Integer.MAX_VALUE, what + " lists no courses");
			List<PathContent.PathCourse> steps = new ArrayList<>();
			Set<String> onPath = new HashSet<>();
			for (YamlFile.Mapping step : listed) {
				step.allowOnly("a course of a path", PATH_COURSE_KEYS);
				String course = step.text("course", "a course of " + what);
				int due = step.number("dueAfterDays", "course '" + course + "' of " + what, 0, Integer.MAX_VALUE);
				if (course.isEmpty()) {
					continue;
				}
				if (!courseIds.contains(course)) {
					step.problemAt("course",
							what + " lists course '" + course + "', which content.yaml does not list under 'courses'");
				}
				else if (!onPath.add(course)) {
					step.problemAt("course", what + " lists course '" + course + "' twice");
				}
				else {
					steps.add(new PathContent.PathCourse(course, due));
				}
			}
			paths.add(new PathContent(id, title, summary, audience, steps));
		}
		return paths;
	}

}
