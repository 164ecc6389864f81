package org.servewell.web.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaging check: the production jar holds every library that core needs at run time
 * (a scope set in web must never drop one of core's, as a test scope once dropped PDFBox;
 * web's own runtime libraries are what Spring Boot packages), and none that only the
 * tests use. The lists come from Maven's own dependency resolution, written by the build
 * (see the dependency plugin in core/pom.xml and web/pom.xml).
 */
class ProductionJarContentsTest {

	private static final Pattern DEPENDENCY = Pattern.compile(
			"^\\s*([^:\\s]+):([^:\\s]+):([^:\\s]+)(?::([^:\\s]+))?:([^:\\s]+):(compile|runtime|test|provided|system)");

	private static final Path JAR = Path.of(System.getProperty("servewell.jar", "target/servewell.jar"));

	private static final Path WEB = Path.of(System.getProperty("servewell.dependencies", "target/dependencies"));

	private static final Path CORE = Path
		.of(System.getProperty("servewell.core.dependencies", "../core/target/dependencies"));

	@Test
	void production_jar_holds_every_library_core_needs_at_run_time() throws IOException {
		Set<String> needed = libraries(CORE.resolve("runtime.txt"));
		// Spring Boot leaves its starters out: they hold no classes, only dependencies.
		needed.removeIf((jar) -> jar.startsWith("spring-boot-starter"));

		assertThat(needed).as("libraries core needs at run time (certificates need PDFBox)")
			.anyMatch((jar) -> jar.startsWith("pdfbox-"));
		assertThat(packagedLibraries()).as("BOOT-INF/lib of %s", JAR)
			.containsAll(needed)
			.anyMatch((jar) -> jar.startsWith("core-"))
			.anyMatch((jar) -> jar.startsWith("training-content-"));
	}

	@Test
	void production_jar_holds_no_library_that_only_the_tests_use() throws IOException {
		Set<String> runtime = new TreeSet<>(libraries(CORE.resolve("runtime.txt")));
		runtime.addAll(libraries(WEB.resolve("runtime.txt")));
		Set<String> testOnly = new TreeSet<>(libraries(WEB.resolve("test.txt")));
		testOnly.removeAll(runtime);

		assertThat(testOnly).as("libraries only the tests use").isNotEmpty();
		assertThat(packagedLibraries()).doesNotContainAnyElementsOf(testOnly)
			.noneMatch((jar) -> jar.startsWith("archunit-") || jar.startsWith("playwright-")
					|| jar.startsWith("browserless-test-") || jar.startsWith("junit-")
					|| jar.startsWith("vaadin-dev-"));
	}

	private static Set<String> packagedLibraries() throws IOException {
		assertThat(JAR).as("the production jar; run the tests with ./mvnw verify").isRegularFile();
		try (JarFile jar = new JarFile(JAR.toFile())) {
			return jar.stream()
				.map(JarEntry::getName)
				.filter((name) -> name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar"))
				.map((name) -> name.substring("BOOT-INF/lib/".length()))
				.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	/** The jar file names (artifact-version[-classifier].jar) a dependency list names. */
	private static Set<String> libraries(Path list) throws IOException {
		assertThat(list).as("written by the build's dependency plugin").isRegularFile();
		Set<String> libraries = new TreeSet<>();
		for (String line : Files.readAllLines(list)) {
			Matcher dependency = DEPENDENCY.matcher(line);
			if (dependency.find() && "jar".equals(dependency.group(3))) {
				String classifier = (dependency.group(4) != null) ? "-" + dependency.group(4) : "";
				libraries.add(dependency.group(2) + "-" + dependency.group(5) + classifier + ".jar");
			}
		}
		return libraries;
	}

}
