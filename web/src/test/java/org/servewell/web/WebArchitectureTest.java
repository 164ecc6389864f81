package org.servewell.web;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.servewell.content.ContentLimits;
import org.servewell.content.RatingScale;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.OptionContent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What web may use of training-content: its values, not its readers and writers
 * (docs/decisions/0007-web-uses-content-values-not-content-io.md). ArchUnit comes with
 * spring-modulith-starter-test.
 */
class WebArchitectureTest {

	private static final String CONTENT = "org.servewell.content";

	// Sub-packages (the command line) are machinery whatever their types.
	private static final DescribedPredicate<JavaClass> CONTENT_MACHINERY = DescribedPredicate.describe(
			"training-content types other than its records, enums, ContentLimits and RatingScale",
			WebArchitectureTest::isMachinery);

	private static final ArchRule WEB_USES_ONLY_CONTENT_VALUES = noClasses().that()
		.resideInAPackage("org.servewell.web..")
		.should()
		.dependOnClassesThat(CONTENT_MACHINERY)
		.because("reading, writing and transferring content goes through core's services (decision 0007)");

	@Test
	void views_use_content_records_and_limits_but_never_read_or_write_content_themselves() {
		JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.servewell.web", CONTENT);

		WEB_USES_ONLY_CONTENT_VALUES.check(main);
	}

	@Test
	void a_view_that_reads_content_files_itself_breaks_the_rule_and_one_that_edits_options_does_not() {
		JavaClasses fixture = new ClassFileImporter().importClasses(ViewReadingContent.class, ViewEditingOptions.class,
				ContentReader.class, ContentSource.class, OptionContent.class, ContentLimits.class);

		assertThat(WEB_USES_ONLY_CONTENT_VALUES.evaluate(fixture).getFailureReport().getDetails()).isNotEmpty()
			.allSatisfy((detail) -> assertThat(detail).contains(ViewReadingContent.class.getSimpleName()));
	}

	private static boolean isMachinery(JavaClass type) {
		String pkg = type.getPackageName();
		if (!pkg.equals(CONTENT) && !pkg.startsWith(CONTENT + ".")) {
			return false;
		}
		boolean value = type.isRecord() || type.isEnum() || type.isEquivalentTo(ContentLimits.class)
				|| type.isEquivalentTo(RatingScale.class);
		return !value || !pkg.equals(CONTENT);
	}

	/** Reads a content folder on its own: what decision 0007 refuses. */
	static class ViewReadingContent {

		Object read(ContentSource source) {
			return ContentReader.read(source);
		}

	}

	/** Edits an option within the format's limits: allowed. */
	static class ViewEditingOptions {

		boolean mayAddOption(int options) {
			return options < ContentLimits.MAX_OPTIONS;
		}

		OptionContent edit(String text) {
			return new OptionContent(text, 3, "");
		}

	}

}
