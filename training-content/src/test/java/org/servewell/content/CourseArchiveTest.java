package org.servewell.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CourseArchiveTest {

	private static final ContentSource BUNDLED = ContentSource.bundled();

	@Test
	void bundled_course_zipped_and_unzipped_reads_as_the_same_course() {
		CourseContent course = ContentReader.read(BUNDLED).courses().get(1);

		CourseFiles unzipped = CourseArchive.unzip(CourseArchive.zip(CourseWriter.write(course)), "course.zip");

		assertThat(unzipped.courseId()).isEqualTo(course.id());
		assertThat(ContentReader.readCourse(unzipped.over(BUNDLED), course.id())).usingRecursiveComparison()
			.ignoringFields("contentHash")
			.isEqualTo(course);
	}

	@Test
	void archive_with_a_file_outside_the_course_folder_is_refused_naming_it() throws IOException {
		byte[] zip = zip("my-course/course.yaml", "id: my-course\n", "../../etc/passwd", "x", "my-course/run.sh", "x");

		ContentException refused = catchThrowableOfType(ContentException.class,
				() -> CourseArchive.unzip(zip, "upload.zip"));

		assertThat(refused.problems()).extracting(ContentProblem::file)
			.containsExactly("upload.zip!../../etc/passwd", "upload.zip!my-course/run.sh");
	}

	@Test
	void archive_with_two_courses_or_none_is_refused() throws IOException {
		byte[] two = zip("one/course.yaml", "id: one\n", "two/course.yaml", "id: two\n");
		byte[] none = zip("one/lesson.md", "Text");

		assertThat(catchThrowableOfType(ContentException.class, () -> CourseArchive.unzip(two, "two.zip")).problems())
			.singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("more than one course folder"));
		assertThat(catchThrowableOfType(ContentException.class, () -> CourseArchive.unzip(none, "none.zip")).problems())
			.singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("has no course.yaml"));
	}

	@Test
	void text_that_is_not_utf8_is_refused() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("c/course.yaml"));
			zip.write(new byte[] { 'i', 'd', ':', ' ', (byte) 0xE9 });
			zip.closeEntry();
		}

		ContentException refused = catchThrowableOfType(ContentException.class,
				() -> CourseArchive.unzip(bytes.toByteArray(), "latin1.zip"));

		assertThat(refused.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("not UTF-8"));
	}

	private static byte[] zip(String... namesAndTexts) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < namesAndTexts.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
				zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
