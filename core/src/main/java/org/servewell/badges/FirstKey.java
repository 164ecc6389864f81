package org.servewell.badges;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the first badge signing key once Servewell is ready, so that the key set is
 * published before any badge is asked for, and unlocks the current one, so that a wrong
 * key password is found at start, in the log, not by a learner. Neither stops the start:
 * a locked key is for an administrator to put right.
 */
@Component
class FirstKey {

	private static final Logger logger = LoggerFactory.getLogger(FirstKey.class);

	private final SigningKeys keys;

	FirstKey(SigningKeys keys) {
		this.keys = keys;
	}

	@EventListener(ApplicationReadyEvent.class)
	void makeOrUnlock() {
		try {
			this.keys.current();
		}
		catch (KeyLockedException ex) {
			logger.error("Open Badges cannot be signed until SERVEWELL_BADGE_KEY_PASSWORD is the password the signing "
					+ "key was made with, or an administrator makes a new key (Administration, Open Badges)");
		}
		catch (RuntimeException ex) {
			logger.error("The badge signing key could not be made or read at start; the first badge tries again", ex);
		}
	}

}
