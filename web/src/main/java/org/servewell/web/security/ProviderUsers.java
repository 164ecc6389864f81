package org.servewell.web.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servewell.audit.AuditTrail;
import org.servewell.people.ProviderAccounts;
import org.servewell.people.ProviderIdentity;
import org.servewell.people.ProviderSignIn;
import org.servewell.people.Role;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the person the provider signed in into a Servewell person: reads their email and
 * whether the provider verified it, lets {@link ProviderAccounts} decide, and either
 * admits them as a {@link ProviderPerson} or refuses them with a {@link ProviderRefusal}
 * that the refusal page explains. When a roles claim is mapped ({@link RolesClaim}), the
 * person's roles are set from it at each sign-in. A person created just in time, and
 * roles set from the claim, are written to the audit trail.
 */
final class ProviderUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String CREATED_ACTION = "PERSON_CREATED_AT_SIGN_IN";

	static final String ROLES_ACTION = "PERSON_ROLES_SET_AT_SIGN_IN";

	private static final Logger log = LoggerFactory.getLogger(ProviderUsers.class);

	private final OidcUserService provider = new OidcUserService();

	private final ProviderAccounts accounts;

	private final AuditTrail audit;

	private final List<String> creatingDomains;

	private final String emailVerifiedClaim;

	private final RolesClaim rolesClaim;

	ProviderUsers(ProviderAccounts accounts, AuditTrail audit, List<String> creatingDomains, String emailVerifiedClaim,
			RolesClaim rolesClaim) {
		this.accounts = accounts;
		this.audit = audit;
		this.creatingDomains = List.copyOf(creatingDomains);
		this.emailVerifiedClaim = emailVerifiedClaim.strip();
		this.rolesClaim = rolesClaim;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser signedIn = this.provider.loadUser(request);
		ProviderSignIn decision = this.accounts.signIn(new ProviderIdentity(signedIn.getEmail(), verified(signedIn),
				signedIn.getFullName(), this.rolesClaim.roles(signedIn.getClaims())), this.creatingDomains);
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
		if (decision.roles() != null) {
			recordRoles(decision.email(), decision.roles());
		}
		return new ProviderPerson(decision.person(), signedIn);
	}

	private void recordRoles(String email, ProviderSignIn.RolesFromProvider roles) {
		if (roles.administratorKept()) {
			log.warn("The provider's claim {} would take the Administrator role from {}, the last enabled "
					+ "administrator: kept", this.rolesClaim.claim(), email);
		}
		if (roles.before().equals(roles.after())) {
			return;
		}
		log.info("Set the roles of {} from the provider's claim {}: {} (were {})", email, this.rolesClaim.claim(),
				roles.after(), roles.before());
		this.audit.recordBySystem(ROLES_ACTION, "person " + email,
				"Roles set by the organisation's sign-in provider from its " + this.rolesClaim.claim() + " claim: "
						+ labels(roles.after()) + " (were " + labels(roles.before()) + ")." + (roles.administratorKept()
								? " Administrator kept: Servewell needs at least one enabled administrator." : ""));
	}

	private static String labels(Set<Role> roles) {
		return roles.isEmpty() ? "none" : roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
	}

	/** Whether the claim says verified: true, or "true" from providers that send text. */
	private boolean verified(OidcUser signedIn) {
		Object claim = signedIn.getClaims().get(this.emailVerifiedClaim);
		return Boolean.TRUE.equals(claim) || (claim instanceof String text && Boolean.parseBoolean(text.strip()));
	}

}
