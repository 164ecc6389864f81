package org.servewell.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a content folder into a {@link ContentBundle}, reporting every problem found with
 * its file and line.
 * <p>
 * The folder's {@code content.yaml} lists the course folders; each course folder holds a
 * {@code course.yaml} manifest naming its lessons, which are Markdown files in the same
 * folder.
 */
public final class ContentReader {

	/** The file at the root of every content folder. */
	public static final String INDEX_FILE = "content.yaml";

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern LESSON_FILE = Pattern.compile("[a-z0-9][a-z0-9-]*\\.md");

	private final ContentSource source;

	private final List<ContentProblem> problems = new ArrayList<>();

	private ContentReader(ContentSource source) {
		this.source = source;
	}

	/**
	 * Reads and checks the content.
	 * @throws ContentException listing every problem when anything is wrong
	 */
	public static ContentBundle read(ContentSource source) {
		ContentReader reader = new ContentReader(source);
		ContentBundle bundle = reader.readIndex();
		if (!reader.problems.isEmpty()) {
			throw new ContentException(reader.problems);
		}
		return bundle;
	}

	private ContentBundle readIndex() {
		Optional<YamlFile.Mapping> index = yaml(INDEX_FILE);
		if (index.isEmpty()) {
			return new ContentBundle(List.of());
		}
		List<CourseContent> courses = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (YamlFile.Located courseId : index.get().texts("courses", "the content index")) {
			if (!seen.add(courseId.value())) {
				this.problems.add(new ContentProblem(INDEX_FILE, courseId.line(),
						"course '" + courseId.value() + "' is listed twice"));
				continue;
			}
			if (!ID.matcher(courseId.value()).matches()) {
				this.problems.add(new ContentProblem(INDEX_FILE, courseId.line(), "course id '" + courseId.value()
						+ "' must be lower-case letters, digits and single hyphens, like 'first-time-every-time'"));
				continue;
			}
			readCourse(courseId).ifPresent(courses::add);
		}
		return new ContentBundle(courses);
	}

	private Optional<CourseContent> readCourse(YamlFile.Located courseId) {
		String folder = "courses/" + courseId.value() + "/";
		String manifestPath = folder + "course.yaml";
		if (this.source.read(manifestPath).isEmpty()) {
			this.problems.add(new ContentProblem(INDEX_FILE, courseId.line(),
					"course '" + courseId.value() + "' has no manifest: create " + manifestPath));
			return Optional.empty();
		}
		Optional<YamlFile.Mapping> parsed = yaml(manifestPath);
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		YamlFile.Mapping manifest = parsed.get();
		String what = "course '" + courseId.value() + "'";
		String id = manifest.text("id", what);
		if (!id.isEmpty() && !id.equals(courseId.value())) {
			manifest.problem("the course id '" + id + "' must match its folder name '" + courseId.value() + "'");
		}
		String title = manifest.text("title", what);
		String summary = manifest.text("summary", what);
		String audience = manifest.text("audience", what);
		int minutes = manifest.number("estimatedMinutes", what, 1, 600);
		List<LessonContent> lessons = new ArrayList<>();
		Set<String> lessonFiles = new HashSet<>();
		for (YamlFile.Mapping lesson : manifest.mappings("lessons", what)) {
			String file = lesson.text("file", "a lesson of " + what);
			String lessonTitle = lesson.text("title", "a lesson of " + what);
			if (file.isEmpty()) {
				continue;
			}
			if (!LESSON_FILE.matcher(file).matches()) {
				lesson
					.problem("lesson file '" + file + "' must be a lower-case Markdown file name such as '01-why.md'");
				continue;
			}
			if (!lessonFiles.add(file)) {
				lesson.problem("lesson file '" + file + "' is listed twice");
				continue;
			}
			Optional<String> markdown = this.source.read(folder + file);
			if (markdown.isEmpty()) {
				lesson.problem("lesson file '" + file + "' does not exist in " + folder);
			}
			else if (markdown.get().isBlank()) {
				this.problems.add(new ContentProblem(folder + file, 0, "the lesson is empty"));
			}
			else {
				lessons.add(new LessonContent(file.substring(0, file.length() - 3), lessonTitle, markdown.get()));
			}
		}
		if (lessons.isEmpty() && lessonFiles.isEmpty()) {
			manifest.problem(what + " has no lessons; list at least one under 'lessons'");
		}
		String hash = hash(this.source.read(manifestPath).orElseThrow(), lessons);
		return Optional.of(new CourseContent(courseId.value(), title, summary, audience, minutes, lessons, hash));
	}

	private Optional<YamlFile.Mapping> yaml(String path) {
		Optional<String> text = this.source.read(path);
		if (text.isEmpty()) {
			this.problems.add(new ContentProblem(path, 0, "file not found in " + this.source.describe()));
			return Optional.empty();
		}
		return YamlFile.parse(path, text.get(), this.problems);
	}

	private static String hash(String manifest, List<LessonContent> lessons) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(manifest.getBytes(StandardCharsets.UTF_8));
			for (LessonContent lesson : lessons) {
				digest.update((byte) 0);
				digest.update(lesson.markdown().getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
