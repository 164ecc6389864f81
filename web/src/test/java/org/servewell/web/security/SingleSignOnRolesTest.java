package org.servewell.web.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jwt.SignedJWT;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.servewell.audit.AuditEntry;
import org.servewell.audit.AuditTrail;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonDetails;
import org.servewell.people.PersonForm;
import org.servewell.people.ProviderAccounts;
import org.servewell.people.Role;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles from the provider's groups claim at sign-in, with tokens from an OpenID Connect
 * provider running in the test (NAV's mock-oauth2-server): its discovery document, ID
 * token and user info endpoint, as in the redirect flow after the browser comes back. A
 * person in a mapped group gets the role, one taken out of it loses it, and without a
 * mapping Servewell's roles stay as they are.
 */
// The people and the audit log are read as an administrator through SignedIn, which
// writes where the services read (the holder's strategy at the time), whatever strategy
// another test's application context left installed.
class SingleSignOnRolesTest extends ViewTest {

	private static final String ISSUER_ID = "contoso";

	private static final String CLIENT_ID = "servewell";

	static MockOAuth2Server provider;

	static ClientRegistration registration;

	@Autowired
	ProviderAccounts accounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	PeopleService people;

	@BeforeAll
	static void startProvider() {
		provider = new MockOAuth2Server();
		provider.start();
		registration = ClientRegistrations.fromIssuerLocation(provider.issuerUrl(ISSUER_ID).toString())
			.registrationId(SingleSignOnConfiguration.REGISTRATION_ID)
			.clientId(CLIENT_ID)
			.clientSecret("a test secret")
			.scope("openid", "profile", "email")
			.build();
	}

	@AfterAll
	static void stopProvider() {
		if (provider != null) {
			provider.shutdown();
		}
	}

	@Test
	void trainer_in_the_administrators_group_signs_in_as_administrator_and_the_audit_log_names_the_provider() {
		PersonDetails trainer = person("tom-" + UUID.randomUUID() + "@example.org", Role.TRAINER);

		OidcUser signedIn = mapped().loadUser(request(trainer.email(), List.of("servewell-admins", "staff")));

		assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ADMIN");
		assertThat(rolesOf(trainer)).containsExactly(Role.ADMIN);
		assertThat(auditOf(trainer)).first().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo(ProviderUsers.ROLES_ACTION);
			assertThat(entry.detail()).contains("sign-in provider", "groups claim", "Administrator", "were Trainer");
		});
	}

	@Test
	void person_taken_out_of_a_group_loses_its_role_at_the_next_sign_in_and_with_no_group_is_a_learner() {
		PersonDetails hr = person("hana-" + UUID.randomUUID() + "@example.org", Role.HR);
		mapped().loadUser(request(hr.email(), List.of("/hr", "/trainers")));
		assertThat(rolesOf(hr)).containsExactlyInAnyOrder(Role.HR, Role.TRAINER);

		mapped().loadUser(request(hr.email(), List.of("/hr")));
		assertThat(rolesOf(hr)).containsExactly(Role.HR);

		OidcUser signedIn = mapped().loadUser(request(hr.email(), List.of()));
		assertThat(rolesOf(hr)).containsExactly(Role.LEARNER);
		assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_LEARNER");
	}

	@Test
	void without_a_mapping_the_groups_claim_changes_no_roles() {
		PersonDetails trainer = person("tia-" + UUID.randomUUID() + "@example.org", Role.TRAINER);
		ProviderUsers unmapped = new ProviderUsers(this.accounts, this.audit, List.of(), "email_verified",
				RolesClaim.NONE);

		OidcUser signedIn = unmapped.loadUser(request(trainer.email(), List.of("servewell-admins")));

		assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_TRAINER");
		assertThat(rolesOf(trainer)).containsExactly(Role.TRAINER);
		assertThat(auditOf(trainer)).extracting(AuditEntry::action).doesNotContain(ProviderUsers.ROLES_ACTION);
	}

	/** Sign-in as the README's example sets it up, from environment variables. */
	private ProviderUsers mapped() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test",
					Map.of(RolesClaim.CLAIM_PROPERTY, "groups", RolesClaim.MAPPING_PROPERTY + "admin",
							"servewell-admins", RolesClaim.MAPPING_PROPERTY + "hr", "hr, people-team",
							RolesClaim.MAPPING_PROPERTY + "trainer", "trainers")));
		return new ProviderUsers(this.accounts, this.audit, List.of(), "email_verified", RolesClaim.from(environment));
	}

	/**
	 * What the sign-in filter hands over once the provider redirected back: the ID token
	 * and access token the provider issued for this person in these groups.
	 */
	private static OidcUserRequest request(String email, List<String> groups) {
		DefaultOAuth2TokenCallback claims = new DefaultOAuth2TokenCallback(ISSUER_ID, "subject-" + email, "JWT",
				List.of(CLIENT_ID), Map.of("email", email, "email_verified", true, "name", "Someone", "groups", groups),
				3600);
		try {
			SignedJWT idToken = provider.issueToken(ISSUER_ID, CLIENT_ID, claims);
			SignedJWT accessToken = provider.issueToken(ISSUER_ID, CLIENT_ID, claims);
			OidcIdToken id = new OidcIdToken(idToken.serialize(), idToken.getJWTClaimsSet().getIssueTime().toInstant(),
					idToken.getJWTClaimsSet().getExpirationTime().toInstant(), idToken.getJWTClaimsSet().getClaims());
			OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
					accessToken.serialize(), id.getIssuedAt(), id.getExpiresAt(), Set.of("openid", "profile", "email"));
			return new OidcUserRequest(registration, access, id);
		}
		catch (java.text.ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private PersonDetails person(String email, Role role) {
		return SignedIn.as(ViewTest.ADMIN,
				() -> this.people.createPerson(
						new PersonForm(email, "Someone", Set.of(role), null, null, null, null, true, null),
						"a perfectly fine password"),
				"ADMIN");
	}

	private List<AuditEntry> auditOf(PersonDetails person) {
		return SignedIn.as(ViewTest.ADMIN, () -> this.audit.recent("person " + person.email(), 5), "ADMIN");
	}

	private Set<Role> rolesOf(PersonDetails person) {
		return SignedIn.as(ViewTest.ADMIN, () -> this.people.getPerson(person.id()).roles(), "ADMIN");
	}

}
