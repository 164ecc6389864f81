package org.servewell.catalog;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servewell.content.ContentBundle;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the training content into the database at start-up: the content bundled with
 * Servewell, or the folder that {@code servewell.content.location} names. A content error
 * stops the start with the reader's list of problems, each with its file and line.
 */
@Component
@Order(20)
class ContentLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ContentLoader.class);

	private final ContentImport contentImport;

	private final ContentSource source;

	ContentLoader(ContentImport contentImport, @Value("${servewell.content.location:}") String location) {
		this.contentImport = contentImport;
		this.source = location.isBlank() ? ContentSource.bundled() : ContentSource.directory(Path.of(location));
	}

	@Override
	public void run(ApplicationArguments args) {
		ContentBundle bundle = ContentReader.read(this.source);
		ContentImport.ImportResult result = this.contentImport.importBundle(bundle);
		if (result.published().isEmpty()) {
			log.info("Content from {} unchanged: {} course(s) up to date", this.source.describe(), result.unchanged());
		}
		else {
			log.info("Content from {} published {} ({} unchanged)", this.source.describe(), result.published(),
					result.unchanged());
		}
		if (!result.traitsChanged().isEmpty() || !result.pathsChanged().isEmpty()) {
			log.info("Content from {} updated traits {} and onboarding paths {}", this.source.describe(),
					result.traitsChanged(), result.pathsChanged());
		}
	}

}
