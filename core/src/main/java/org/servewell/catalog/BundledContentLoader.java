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
 * Loads the training content bundled with Servewell into the database at start-up. A
 * content error stops the start with the reader's list of problems.
 */
@Component
@Order(20)
class BundledContentLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BundledContentLoader.class);

	private final ContentImport contentImport;

	BundledContentLoader(ContentImport contentImport) {
		this.contentImport = contentImport;
	}

	@Override
	public void run(ApplicationArguments args) {
		ContentBundle bundle = ContentReader.read(ContentSource.bundled());
		ContentImport.ImportResult result = this.contentImport.importBundle(bundle);
		if (result.published().isEmpty()) {
			log.info("Bundled content unchanged: {} course(s) up to date", result.unchanged());
		}
		else {
			log.info("Bundled content published {} ({} unchanged)", result.published(), result.unchanged());
		}
	}

}
