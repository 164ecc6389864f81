package org.servewell.web;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servewell.ServewellApplication;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The features' boundaries: the application's own modules, and a fixture of deliberately
 * broken modules showing that each kind of break fails {@code verify()}.
 */
class ModularityTest {

	/**
	 * training-content has no Spring, so no annotation: web and core declare it instead.
	 */
	private static final List<String> PLAIN_JAVA_MODULES = List.of("content");

	// The fixture lives in test code, which ApplicationModules.of(Class) leaves out:
	// import
	// every location for it.
	private static final ApplicationModules FIXTURE = ApplicationModules.of("org.servewell.fixture.modules",
			(location) -> true);

	@Test
	void features_use_each_other_only_through_their_api_and_web_never_reaches_entities_or_repositories() {
		ApplicationModules.of(ServewellApplication.class).verify();
	}

	@Test
	void every_feature_and_web_declare_which_features_they_may_use() throws Exception {
		Object open = ApplicationModule.class.getMethod("allowedDependencies").getDefaultValue();
		for (var module : ApplicationModules.of(ServewellApplication.class)) {
			String name = module.getIdentifier().toString();
			if (PLAIN_JAVA_MODULES.contains(name)) {
				continue;
			}
			ApplicationModule declared = Class.forName(module.getBasePackage().getName() + ".package-info")
				.getAnnotation(ApplicationModule.class);
			assertThat(declared).as("@ApplicationModule on %s's package-info", name).isNotNull();
			assertThat(Arrays.equals(declared.allowedDependencies(), (String[]) open))
				.as("%s declares allowedDependencies", name)
				.isFalse();
		}
	}

	@Test
	void the_module_test_fails_when_a_feature_reaches_into_another_features_domain_package() {
		assertThat(violationsOf("reachesinternals")).isNotEmpty()
			.allSatisfy(
					(message) -> assertThat(message).contains("non-exposed type").contains("billing.domain.Invoice"));
	}

	@Test
	void the_module_test_fails_when_a_feature_uses_a_feature_it_does_not_declare() {
		assertThat(violationsOf("undeclared")).isNotEmpty()
			.allSatisfy((message) -> assertThat(message).contains("'shipping'"));
	}

	@Test
	void the_module_test_fails_when_a_module_allowed_a_features_api_uses_its_named_interface() {
		assertThat(violationsOf("namedinterface")).isNotEmpty()
			.allSatisfy((message) -> assertThat(message).contains("catalog.bank.AnswerKeys"));
	}

	@Test
	void a_feature_that_uses_only_what_it_declares_passes_even_a_named_interface() {
		assertThat(violationsOf("wellbehaved")).isEmpty();
	}

	@Test
	void verify_throws_for_the_broken_fixture() {
		assertThatExceptionOfType(Violations.class).isThrownBy(FIXTURE::verify);
	}

	private static List<String> violationsOf(String module) {
		return FIXTURE.detectViolations()
			.getMessages()
			.stream()
			.filter((message) -> message.contains("'" + module + "'"))
			.toList();
	}

}
