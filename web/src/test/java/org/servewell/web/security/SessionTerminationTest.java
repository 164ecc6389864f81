package org.servewell.web.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonAccessChangeCommitted;
import org.servewell.people.PersonDetails;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.SignedInPerson;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles({ "demo", "test" })
class SessionTerminationTest {

	@Autowired
	PeopleService people;

	@Autowired
	SessionRegistry sessions;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	@WithUserDetails(ViewTest.ADMIN)
	void disabling_a_person_ends_their_open_sessions_and_leaves_others_alone() {
		PersonDetails leaver = this.people.createPerson(new PersonForm("leaver@example.org", "Lee Leaver",
				Set.of(Role.LEARNER), null, null, null, null, true, null), "a long enough password");
		this.sessions.registerNewSession("leaver-session", this.accounts.loadUserByUsername("leaver@example.org"));
		this.sessions.registerNewSession("trainer-session", this.accounts.loadUserByUsername(ViewTest.TRAINER));

		this.people.updatePerson(leaver.id(), leaver.version(), new PersonForm(leaver.email(), leaver.displayName(),
				leaver.roles(), null, null, null, null, false, null));

		assertThat(this.sessions.getSessionInformation("leaver-session").isExpired()).isTrue();
		assertThat(this.sessions.getSessionInformation("trainer-session").isExpired()).isFalse();
	}

	@Test
	@WithUserDetails(ViewTest.ADMIN)
	void disabling_a_person_ends_the_sessions_they_opened_with_single_sign_on() {
		PersonDetails leaver = this.people.createPerson(new PersonForm("sso-leaver@example.org", "Sol Leaver",
				Set.of(Role.LEARNER), null, null, null, null, true, null), "a long enough password");
		OidcIdToken token = OidcIdToken.withTokenValue("id-token")
			.subject("provider-subject")
			.claim("email", "SSO-Leaver@example.org")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(300))
			.build();
		ProviderPerson signedIn = new ProviderPerson(
				new SignedInPerson(leaver.id(), leaver.email(), leaver.displayName(), leaver.roles()),
				new DefaultOidcUser(List.of(), token));
		this.sessions.registerNewSession("sso-leaver-session", signedIn);

		this.people.updatePerson(leaver.id(), leaver.version(), new PersonForm(leaver.email(), leaver.displayName(),
				leaver.roles(), null, null, null, null, false, null));

		assertThat(signedIn.getName()).isEqualTo("sso-leaver@example.org");
		assertThat(this.sessions.getSessionInformation("sso-leaver-session").isExpired()).isTrue();
	}

	@Test
	@WithUserDetails(ViewTest.ADMIN)
	void access_change_another_instance_committed_ends_the_sessions_held_here() {
		PersonDetails renamed = this.people.createPerson(new PersonForm("renamed-elsewhere@example.org",
				"Rene Elsewhere", Set.of(Role.LEARNER), null, null, null, null, true, null), "a long enough password");
		this.sessions.registerNewSession("renamed-session",
				this.accounts.loadUserByUsername("renamed-elsewhere@example.org"));
		this.sessions.registerNewSession("other-trainer-session", this.accounts.loadUserByUsername(ViewTest.TRAINER));

		// What this instance's poll publishes when it reads the change another instance
		// made.
		this.events.publishEvent(new PersonAccessChangeCommitted(renamed.id(), "Renamed-Elsewhere@example.org"));

		assertThat(this.sessions.getSessionInformation("renamed-session").isExpired()).isTrue();
		assertThat(this.sessions.getSessionInformation("other-trainer-session").isExpired()).isFalse();
	}

}
