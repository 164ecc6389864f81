package org.servewell.web.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servewell.audit.AuditTrail;
import org.servewell.people.ProviderAccounts;
import org.servewell.people.ProviderIdentity;
import org.servewell.people.ProviderSignIn;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the person the provider signed in into a Servewell person: reads their email and
 * whether the provider verified it, lets {@link ProviderAccounts} decide, and either
 * admits them as a {@link ProviderPerson} or refuses them with a {@link ProviderRefusal}
 * that the refusal page explains. A person created just in time is written to the audit
 * trail.
 */
final class ProviderUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String CREATED_ACTION = "PERSON_CREATED_AT_SIGN_IN";

	private static final Logger log = LoggerFactory.getLogger(ProviderUsers.class);

	private final OidcUserService provider = new OidcUserService();

	private final ProviderAccounts accounts;

	private final AuditTrail audit;

	private final List<String> creatingDomains;

	private final String emailVerifiedClaim;

	ProviderUsers(ProviderAccounts accounts, AuditTrail audit, List<String> creatingDomains,
			String emailVerifiedClaim) {
		this.accounts = accounts;
		this.audit = audit;
		this.creatingDomains = List.copyOf(creatingDomains);
		this.emailVerifiedClaim = emailVerifiedClaim.strip();
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser signedIn = this.provider.loadUser(request);
		ProviderSignIn decision = this.accounts.signIn(
				new ProviderIdentity(signedIn.getEmail(), verified(signedIn), signedIn.getFullName()),
				this.creatingDomains);
		if (!decision.admitted()) {
			log.info("Refused single sign-on of subject {} with email {}: {}", signedIn.getSubject(), decision.email(),
					decision.outcome());
			throw new ProviderRefusal(decision.outcome(), decision.email());
		}
		if (decision.outcome() == ProviderSignIn.Outcome.CREATED) {
			log.info("Created {} as a learner at their first single sign-on", decision.email());
			this.audit.recordBySystem(CREATED_ACTION, "person " + decision.email(),
					"Created as a learner at their first sign-in with the organisation's provider: the domain of "
							+ decision.email() + " allows it.");
		}
		return new ProviderPerson(decision.person(), signedIn);
	}

	/** Whether the claim says verified: true, or "true" from providers that send text. */
	private boolean verified(OidcUser signedIn) {
		Object claim = signedIn.getClaims().get(this.emailVerifiedClaim);
		return Boolean.TRUE.equals(claim) || (claim instanceof String text && Boolean.parseBoolean(text.strip()));
	}

}
