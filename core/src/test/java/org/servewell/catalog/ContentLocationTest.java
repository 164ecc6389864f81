package org.servewell.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servewell.CoreTestApplication;
import org.servewell.catalog.domain.CatalogRow;
import org.servewell.catalog.domain.CourseVersionRepository;
import org.servewell.content.ContentException;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * An operator points Servewell at a content folder with
 * {@code servewell.content.location}. Each test starts the application on a fresh
 * in-memory database.
 */
class ContentLocationTest {

	private static final String BANK = "courses/first-time-every-time/scenarios.yaml";

	@TempDir
	Path folder;

	@Test
	void content_folder_named_by_the_operator_is_loaded_instead_of_the_bundled_content() throws IOException {
		copyBundledContent();
		replace("courses/first-time-every-time/course.yaml", "title: Service first time, every time",
				"title: Right first time");

		try (ConfigurableApplicationContext context = start()) {
			List<CatalogRow> rows = context.getBean(CourseVersionRepository.class).findNewestVersions();
			assertThat(rows).first().extracting(CatalogRow::title).isEqualTo("Right first time");
		}
	}

	@Test
	void broken_content_folder_stops_the_start_with_the_problem_at_its_file_and_line() throws IOException {
		copyBundledContent();
		int line = replace(BANK, "traits: [consistency, responsiveness]", "traits: [consistency, kindness]");

		assertThatException().isThrownBy(this::start)
			.extracting(NestedExceptionUtils::getMostSpecificCause)
			.isInstanceOfSatisfying(ContentException.class,
					(ex) -> assertThat(ex.getMessage()).contains(BANK + ":" + line + ": ").contains("'kindness'"));
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(CoreTestApplication.class).web(WebApplicationType.NONE)
			.properties("servewell.content.location=" + this.folder,
					"spring.datasource.url=jdbc:h2:mem:content-" + UUID.randomUUID()
							+ ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE")
			.run();
	}

	/**
	 * Copies the bundled content, whether it sits in a folder or a jar on the class path.
	 */
	private void copyBundledContent() throws IOException {
		String root = "servewell-content/";
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:" + root + "**/*.*")) {
			String url = resource.getURL().toString();
			Path target = this.folder.resolve(url.substring(url.lastIndexOf(root) + root.length()));
			Files.createDirectories(target.getParent());
			try (InputStream in = resource.getInputStream()) {
				Files.copy(in, target);
			}
		}
	}

	/**
	 * Replaces the first line of a file that reads as given.
	 * @return the replaced line's number
	 */
	private int replace(String file, String original, String replacement) throws IOException {
		Path path = this.folder.resolve(file);
		List<String> lines = Files.readAllLines(path);
		int index = lines.stream().map(String::strip).toList().indexOf(original);
		assertThat(index).as("line '%s' in %s", original, file).isNotNegative();
		lines.set(index, lines.get(index).replace(original, replacement));
		Files.write(path, lines);
		return index + 1;
	}

}
