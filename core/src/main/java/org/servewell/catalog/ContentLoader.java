package org.servewell.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servewell.content.ContentBundle;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;

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

	ContentLoader(ContentImport contentImport, ContentSource source) {
		this.contentImport = contentImport;
		this.source = source;
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
		if (!result.keptFromStudio().isEmpty()) {
			log.warn("Content from {} changed for {}, whose newest version trainers published in the studio; the studio"
					+ " version stays in use. Edit the course in the studio, or import the changed folder there.",
					this.source.describe(), result.keptFromStudio());
		}
		if (!result.traitsChanged().isEmpty() || !result.pathsChanged().isEmpty()) {
			log.info("Content from {} updated traits {} and onboarding paths {}", this.source.describe(),
					result.traitsChanged(), result.pathsChanged());
		}
	}

}
