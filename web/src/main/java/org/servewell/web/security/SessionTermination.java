package org.servewell.web.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servewell.people.PersonAccessChangeCommitted;
import org.servewell.people.PersonAccessChanged;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends a person's open sessions once a change to their sign-in name, roles or enabled
 * flag is committed, so that a disabled person is out at their next click and new roles
 * apply from their next sign-in. The instance that made the change ends them at the
 * commit; every instance, that one included, ends the ones it holds when its poll reads
 * the change from the database, within a few seconds (docs/decisions/0022).
 */
@Component
class SessionTermination {

	private static final Logger log = LoggerFactory.getLogger(SessionTermination.class);

	private final SessionRegistry sessionRegistry;

	SessionTermination(SessionRegistry sessionRegistry) {
		this.sessionRegistry = sessionRegistry;
	}

	@TransactionalEventListener
	void on(PersonAccessChanged event) {
		end(event.personId(), event.previousEmail());
	}

	@EventListener
	void on(PersonAccessChangeCommitted event) {
		end(event.personId(), event.previousEmail());
	}

	private void end(long personId, String email) {
		int ended = 0;
		for (Object principal : this.sessionRegistry.getAllPrincipals()) {
			if (principal instanceof UserDetails user && user.getUsername().equalsIgnoreCase(email)) {
				for (SessionInformation session : this.sessionRegistry.getAllSessions(principal, false)) {
					session.expireNow();
					ended++;
				}
			}
		}
		if (ended > 0) {
			log.info("Access of person {} changed: ended {} open session(s)", personId, ended);
		}
	}

}
