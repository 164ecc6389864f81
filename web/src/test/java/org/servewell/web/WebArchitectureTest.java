package org.servewell.web;

import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.servewell.content.ContentLimits;
import org.servewell.content.RatingScale;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.OptionContent;
import org.servewell.shared.Refusal;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What web may use of training-content: its values, not its readers and writers
 * (docs/decisions/0007-web-uses-content-values-not-content-io.md); and what it gets from
 * core when something goes wrong: refusals, never persistence types
 * (docs/decisions/0008-refusals-share-a-base-and-persistence-stays-in-core.md). ArchUnit
 * comes with spring-modulith-starter-test.
 */
class WebArchitectureTest {

	private static final String CONTENT = "org.servewell.content";

	private static final String[] FEATURES = { "org.servewell.people", "org.servewell.catalog",
			"org.servewell.learning", "org.servewell.hiring", "org.servewell.authoring", "org.servewell.audit",
			"org.servewell.apiaccess" };

	// Sub-packages (the command line) are machinery whatever their types.
	private static final DescribedPredicate<JavaClass> CONTENT_MACHINERY = DescribedPredicate.describe(
			"training-content types other than its records, enums, ContentLimits and RatingScale",
			WebArchitectureTest::isMachinery);

	private static final ArchRule WEB_USES_ONLY_CONTENT_VALUES = noClasses().that()
		.resideInAPackage("org.servewell.web..")
		.should()
		.dependOnClassesThat(CONTENT_MACHINERY)
		.because("reading, writing and transferring content goes through core's services (decision 0007)");

	private static final DescribedPredicate<JavaClass> PERSISTENCE = JavaClass.Predicates.resideInAnyPackage(
			"org.springframework.dao..", "org.springframework.orm..", "jakarta.persistence..", "org.hibernate..",
			"java.sql..");

	// A catch clause alone is no dependency to ArchUnit: it is checked on its own.
	private static final ArchCondition<JavaClass> CATCH_PERSISTENCE_EXCEPTIONS = new ArchCondition<>(
			"catch persistence exceptions") {

		@Override
		public void check(JavaClass type, ConditionEvents events) {
			boolean catches = false;
			for (JavaCodeUnit unit : type.getCodeUnits()) {
				for (TryCatchBlock block : unit.getTryCatchBlocks()) {
					for (JavaClass caught : block.getCaughtThrowables()) {
						if (PERSISTENCE.test(caught)) {
							catches = true;
							events.add(SimpleConditionEvent.satisfied(block,
									type.getName() + " catches " + caught.getName() + " in " + unit.getName()));
						}
					}
				}
			}
			if (!catches) {
				events.add(SimpleConditionEvent.violated(type, type.getName() + " catches no persistence exception"));
			}
		}

	};

	private static final ArchRule WEB_NEVER_HANDLES_PERSISTENCE = noClasses().that()
		.resideInAPackage("org.servewell.web..")
		.should()
		.dependOnClassesThat(PERSISTENCE)
		.orShould(CATCH_PERSISTENCE_EXCEPTIONS)
		.because("core turns persistence failures into refusals, or reads them with DatabaseFailures (decision 0008)");

	private static final ArchRule FEATURES_THROW_ONLY_REFUSALS = onlyRefusalsIn(
			Stream.of(FEATURES).map((feature) -> feature + "..").toArray(String[]::new));

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

	@Test
	void web_never_catches_or_reads_persistence_exceptions_itself() {
		JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.servewell.web");

		WEB_NEVER_HANDLES_PERSISTENCE.check(main);
	}

	@Test
	void a_view_that_catches_an_optimistic_lock_failure_itself_breaks_the_persistence_rule() {
		JavaClasses fixture = new ClassFileImporter().importClasses(ViewCatchingLockFailure.class,
				ViewEditingOptions.class);

		assertThat(WEB_NEVER_HANDLES_PERSISTENCE.evaluate(fixture).getFailureReport().getDetails()).isNotEmpty()
			.allSatisfy((detail) -> assertThat(detail).contains(ViewCatchingLockFailure.class.getSimpleName()));
	}

	@Test
	void every_exception_a_core_feature_throws_is_a_refusal_that_error_reporting_can_word() {
		JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(FEATURES);

		assertThat(core.stream().filter((type) -> type.isAssignableTo(RuntimeException.class))).isNotEmpty();
		FEATURES_THROW_ONLY_REFUSALS.check(core);
	}

	@Test
	void a_feature_exception_that_is_not_a_refusal_breaks_the_refusal_rule() {
		JavaClasses fixture = new ClassFileImporter().importClasses(RefusedHere.class, LooseException.class);

		assertThat(onlyRefusalsIn("org.servewell.web..").evaluate(fixture).getFailureReport().getDetails()).hasSize(1)
			.allSatisfy((detail) -> assertThat(detail).contains(LooseException.class.getSimpleName()));
	}

	private static ArchRule onlyRefusalsIn(String... packages) {
		return classes().that()
			.resideInAnyPackage(packages)
			.and()
			.areAssignableTo(RuntimeException.class)
			.should()
			.beAssignableTo(Refusal.class)
			.because("web words every refusal in one place, ErrorReporting (decision 0008)");
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

	/** Retries a save after a lock failure itself: what decision 0008 refuses. */
	static class ViewCatchingLockFailure {

		boolean saved(Runnable save) {
			try {
				save.run();
				return true;
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				return false;
			}
		}

	}

	/** A feature's refusal: allowed. */
	static class RefusedHere extends Refusal.NotAllowed {

		RefusedHere() {
			super("Not now.");
		}

	}

	/** A feature's exception outside the refusal kinds: what decision 0008 refuses. */
	static class LooseException extends RuntimeException {

	}

}
