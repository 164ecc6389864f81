package org.servewell.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A course folder as a zip file: what the studio exports and imports. The zip holds the
 * folder {@code <course-id>/} with {@code course.yaml}, the lessons, the scenario bank
 * and any translations (each in a folder named by its language), as {@link CourseWriter}
 * writes them and as an author edits them.
 *
 * <p>
 * Reading is defensive: an upload is someone else's file. Only Markdown and YAML files of
 * one course folder are read, each at most {@link #MAX_FILE_BYTES}, at most
 * {@link #MAX_FILES} of them; anything else is a problem, reported with the entry's name.
 */
public final class CourseArchive {

	/** Largest file read from an archive. */
	public static final int MAX_FILE_BYTES = 1_000_000;

	/** Most files an archive may hold. */
	public static final int MAX_FILES = 50;

	private static final Pattern ENTRY = Pattern
		.compile("(?:courses/)?([a-z0-9][a-z0-9-]*)/((?:[a-z]{2,3}(?:-[A-Z]{2})?/)?[a-z0-9][a-z0-9-]*\\.(?:md|yaml))");

	private CourseArchive() {
	}

	/** The course's files as a zip, under a folder named after the course. */
	public static byte[] zip(CourseFiles course) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		String prefix = "courses/" + course.courseId() + "/";
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, String> file : course.files().entrySet()) {
				String name = file.getKey().startsWith(prefix) ? file.getKey().substring("courses/".length())
						: file.getKey();
				zip.putNextEntry(new ZipEntry(name));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Reads a course folder from a zip, as files by path relative to a content root
	 * ({@code courses/<id>/...}), ready for {@link ContentReader#readCourse}.
	 * @throws ContentException when the zip is not one course folder of Markdown and YAML
	 * files
	 */
	public static CourseFiles unzip(byte[] archive, String archiveName) {
		List<ContentProblem> problems = new ArrayList<>();
		Map<String, String> files = new LinkedHashMap<>();
		String courseId = null;
		int count = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")
						|| entry.getName().endsWith(".DS_Store")) {
					continue;
				}
				if (++count > MAX_FILES) {
					problems.add(new ContentProblem(archiveName, 0,
							"the archive holds more than " + MAX_FILES + " files; a course folder needs far fewer"));
					break;
				}
				Matcher name = ENTRY.matcher(entry.getName());
				if (!name.matches()) {
					problems.add(new ContentProblem(archiveName + "!" + entry.getName(), 0,
							"not part of a course folder: the archive may hold only '<course-id>/course.yaml', its lessons"
									+ " (.md), its scenario bank (.yaml) and translations in folders named by language ('de/'),"
									+ " with lower-case names"));
					continue;
				}
				if (courseId == null) {
					courseId = name.group(1);
				}
				else if (!courseId.equals(name.group(1))) {
					problems.add(new ContentProblem(archiveName + "!" + entry.getName(), 0,
							"the archive holds more than one course folder ('" + courseId + "' and '" + name.group(1)
									+ "'); import one course at a time"));
					continue;
				}
				byte[] content = read(zip, MAX_FILE_BYTES + 1);
				if (content.length > MAX_FILE_BYTES) {
					problems.add(new ContentProblem(archiveName + "!" + entry.getName(), 0,
							"the file is larger than " + MAX_FILE_BYTES / 1000 + " kB"));
					continue;
				}
				try {
					files.put("courses/" + courseId + "/" + name.group(2), utf8(content));
				}
				catch (CharacterCodingException ex) {
					problems.add(new ContentProblem(archiveName + "!" + entry.getName(), 0,
							"the file is not UTF-8 text; save it as UTF-8"));
				}
			}
		}
		catch (ZipException ex) {
			problems.add(new ContentProblem(archiveName, 0, "not a readable zip file (" + ex.getMessage() + ")"));
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(archiveName, 0, "the archive could not be read (" + ex.getMessage() + ")"));
		}
		if (problems.isEmpty() && courseId == null) {
			problems.add(new ContentProblem(archiveName, 0,
					"the archive holds no course folder; export a course from the studio to see the layout"));
		}
		if (problems.isEmpty() && !files.containsKey("courses/" + courseId + "/course.yaml")) {
			problems.add(new ContentProblem(archiveName, 0, "the course folder '" + courseId + "' has no course.yaml"));
		}
		if (!problems.isEmpty()) {
			throw new ContentException(problems);
		}
		return new CourseFiles(courseId, files, List.of());
	}

	private static byte[] read(InputStream in, int limit) throws IOException {
		return in.readNBytes(limit);
	}

	private static String utf8(byte[] bytes) throws CharacterCodingException {
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes))
			.toString();
	}

}
