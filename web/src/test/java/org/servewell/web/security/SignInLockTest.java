package org.servewell.web.security;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.servewell.web.ViewTest;
import org.servewell.audit.AuditEntry;
import org.servewell.audit.AuditTrail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeated wrong passwords lock sign-in, and the lock is in the audit log for
 * administrators. (The refusal itself is tried over HTTP against the jar, see
 * SignInHttpTest.)
 */
class SignInLockTest extends ViewTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	AuditTrail audit;

	@Test
	@WithUserDetails(ADMIN)
	void wrong_passwords_lock_the_account_and_administrators_see_the_lock_in_the_audit_log() {
		String email = "lock-" + UUID.randomUUID() + "@example.org";
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(this.throttle.lockedFor(email, "192.0.2.44")).as("before attempt " + attempt).isZero();
			wrongPassword(email, "192.0.2.44");
		}

		assertThat(this.throttle.lockedFor(email, "198.51.100.1")).isPositive();
		List<AuditEntry> entries = this.audit.recent("account " + email, 10);
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("SIGN_IN_LOCKED");
			assertThat(entry.actor()).isEqualTo("Servewell");
			assertThat(entry.detail()).contains("5 failed sign-ins within 15 minutes").contains("192.0.2.44");
		});
	}

	@Test
	void sign_ins_the_database_could_not_check_never_lock_an_account_or_an_address() {
		String email = "unchecked-" + UUID.randomUUID() + "@example.org";
		for (int attempt = 1; attempt <= 60; attempt++) {
			UsernamePasswordAuthenticationToken request = UsernamePasswordAuthenticationToken.unauthenticated(email,
					"the right one, perhaps");
			request.setDetails(new WebAuthenticationDetails("192.0.2.77", null));
			this.events.publishEvent(new AuthenticationFailureServiceExceptionEvent(request,
					new InternalAuthenticationServiceException("Unable to acquire JDBC Connection")));
		}

		assertThat(this.throttle.lockedFor(email, "192.0.2.77")).isZero();
		assertThat(this.throttle.lockedFor("someone.else@example.org", "192.0.2.77")).isZero();
	}

	private void wrongPassword(String email, String address) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email,
				"wrong");
		attempt.setDetails(new WebAuthenticationDetails(address, null));
		this.events.publishEvent(
				new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("Bad credentials")));
	}

}
