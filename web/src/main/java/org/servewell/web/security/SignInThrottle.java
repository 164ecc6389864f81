package org.servewell.web.security;

import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servewell.audit.AuditTrail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Locks sign-in for a while after repeated wrong passwords: for the account (whoever
 * tries it) and for the client address (whichever accounts it tries). A correct password
 * clears the account's count. Every lock is logged and written to the audit trail, where
 * administrators see it. The counts live in memory, per running instance (see
 * {@link FailureLimit}).
 */
@Component
class SignInThrottle {

	static final String LOCKED_ACTION = "SIGN_IN_LOCKED";

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	private final FailureLimit accounts;

	private final FailureLimit addresses;

	private final AuditTrail audit;

	SignInThrottle(@Value("${servewell.sign-in.account-failures:5}") int accountFailures,
			@Value("${servewell.sign-in.address-failures:50}") int addressFailures,
			@Value("${servewell.sign-in.lock:15m}") Duration lock, AuditTrail audit) {
		this.accounts = new FailureLimit(accountFailures, lock);
		this.addresses = new FailureLimit(addressFailures, lock);
		this.audit = audit;
	}

	/** How long sign-in stays refused for this account from this address; zero if not. */
	Duration lockedFor(String email, String address) {
		Duration account = this.accounts.lockedFor(account(email));
		Duration client = this.addresses.lockedFor(address);
		return (account.compareTo(client) >= 0) ? account : client;
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		if (event.getException() instanceof AuthenticationServiceException) {
			// The password was not checked (the database did not answer): not a guess.
			// Counted, a busy or stopped database would lock out everyone behind one
			// address.
			return;
		}
		String email = account(event.getAuthentication().getName());
		String address = address(event.getAuthentication());
		if (this.accounts.fail(email)) {
			locked("account " + email, this.accounts, address);
		}
		if (address != null && this.addresses.fail(address)) {
			locked("address " + address, this.addresses, address);
		}
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		this.accounts.forget(account(event.getAuthentication().getName()));
	}

	private void locked(String subject, FailureLimit limit, String address) {
		String detail = limit.allowed() + " failed sign-ins within " + limit.lock().toMinutes()
				+ " minutes (the last from " + address + "); sign-in refused for " + limit.lock().toMinutes()
				+ " minutes.";
		log.warn("Sign-in locked for {}: {}", subject, detail);
		try {
			this.audit.recordBySystem(LOCKED_ACTION, subject, detail);
		}
		catch (RuntimeException ex) {
			// The lock holds even when the database cannot take the entry; the log has
			// it.
			log.error("Could not write the sign-in lock of {} to the audit trail", subject, ex);
		}
	}

	private static String account(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
