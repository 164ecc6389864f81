package org.servewell.authoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A course taken out of the studio as a zip and brought back, on the embedded database
 * and on a MySQL-protocol server. Each test works on a course of its own.
 */
abstract class CourseTransferTests extends StudioTests {

	@Autowired
	CourseTransferService transfer;

	@Test
	void exported_course_imports_again_as_its_next_draft_with_nothing_lost() {
		String trainer = person("Tess Trainer", Role.TRAINER);
		String code = newCourse(trainer);
		CourseExport export = SignedIn.as(trainer, () -> this.transfer.exportCourse(code), Roles.TRAINER);

		DraftView imported = SignedIn.as(trainer, () -> this.transfer.importCourse(export.zip(), export.fileName()),
				Roles.TRAINER);

		assertThat(export.fileName()).isEqualTo(code + "-v1.zip");
		assertThat(imported.basedOnVersion()).isEqualTo(1);
		assertThat(imported.problems()).isEmpty();
		DraftView copied = SignedIn.as(trainer, () -> {
			this.drafts.discardDraft(code);
			return this.drafts.startDraft(code);
		}, Roles.TRAINER);
		assertThat(imported.scenarios())
			.usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "version", "updatedAt", "updatedBy")
			.isEqualTo(copied.scenarios());
		assertThat(imported.lessons())
			.usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "version", "updatedAt", "updatedBy")
			.isEqualTo(copied.lessons());
	}

	@Test
	void archive_with_broken_content_is_refused_with_every_problem_and_changes_nothing() throws Exception {
		String trainer = person("Tess Trainer", Role.TRAINER);
		String code = newCourse(trainer);
		CourseExport export = SignedIn.as(trainer, () -> this.transfer.exportCourse(code), Roles.TRAINER);
		byte[] broken = rewrite(export.zip(), "scenarios.yaml", (text) -> text.replace("rating: 4", "rating: 3"));

		assertThatExceptionOfType(AuthoringRefusedException.class)
			.isThrownBy(
					() -> SignedIn.as(trainer, () -> this.transfer.importCourse(broken, "broken.zip"), Roles.TRAINER))
			.withMessageStartingWith("Nothing was imported: broken.zip has ")
			.satisfies((refused) -> assertThat(refused.problems()).hasSizeGreaterThan(1)
				.allSatisfy(
						(problem) -> assertThat(problem).contains("scenarios.yaml:").contains("no option rated 4")));
		assertThatExceptionOfType(AuthoringRefusedException.class).isThrownBy(() -> SignedIn.as(trainer,
				() -> this.transfer.importCourse("not a zip".getBytes(StandardCharsets.UTF_8), "notes.txt"),
				Roles.TRAINER));
		assertThatExceptionOfType(AuthoringNotFoundException.class)
			.isThrownBy(() -> SignedIn.as(trainer, () -> this.drafts.draft(code), Roles.TRAINER));
	}

	private static byte[] rewrite(byte[] zip, String fileName, UnaryOperator<String> change) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream rewritten = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				rewritten.putNextEntry(new ZipEntry(entry.getName()));
				rewritten.write((entry.getName().endsWith(fileName) ? change.apply(text) : text)
					.getBytes(StandardCharsets.UTF_8));
				rewritten.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private String newCourse(String trainer) {
		return publishedCopyOfBundled(trainer, "studio");
	}

}
