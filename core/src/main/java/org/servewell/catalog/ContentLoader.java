package org.servewell.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servewell.content.ContentBundle;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.shared.InstanceLock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the training content into the database at start-up: the content bundled with
 * Servewell, or the folder that {@code servewell.content.location} names. A content error
 * stops the start with the reader's list of problems, each with its file and line. With
 * several instances starting together, one imports while the others wait for it and then
 * find the content up to date: never two new versions, nor two clashing on a number.
 */
@Component
@Order(20)
class ContentLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ContentLoader.class);

	/** The name of the lock that one instance at a time imports under. */
	static final String LOCK = "content-import";

	private final ContentImport contentImport;

	private final ContentSource source;

	private final InstanceLock lock;

	ContentLoader(ContentImport contentImport, ContentSource source, InstanceLock lock) {
		this.contentImport = contentImport;
		this.source = source;
		this.lock = lock;
	}

	@Override
	public void run(ApplicationArguments args) {
		load(ContentReader.read(this.source));
	}

	/**
	 * Imports the bundle once no other instance is importing, and logs what changed.
	 */
	ContentImport.ImportResult load(ContentBundle bundle) {
		ContentImport.ImportResult result = this.lock.runAlone(LOCK, () -> this.contentImport.importBundle(bundle));
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
		return result;
	}

}
