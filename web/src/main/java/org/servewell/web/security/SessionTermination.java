package org.servewell.web.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servewell.people.PersonAccessChanged;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends a person's open sessions once a change to their sign-in name, roles or enabled
 * flag is committed, so that a disabled person is out at their next click and new roles
 * apply from their next sign-in.
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
		int ended = 0;
		for (Object principal : this.sessionRegistry.getAllPrincipals()) {
			if (principal instanceof UserDetails user && user.getUsername().equalsIgnoreCase(event.previousEmail())) {
				for (SessionInformation session : this.sessionRegistry.getAllSessions(principal, false)) {
					session.expireNow();
					ended++;
				}
			}
		}
		log.info("Access of person {} changed: ended {} open session(s)", event.personId(), ended);
	}

}
