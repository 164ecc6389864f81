package org.servewell.web.security;

import java.util.Collection;
import java.util.List;

import org.servewell.people.Role;
import org.servewell.people.SignedInPerson;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the organisation's provider, seen by the rest of Servewell
 * as a password sign-in is: named by their Servewell email (which services read to find
 * the person), with the roles Servewell gives them, and a {@link UserDetails} so that
 * ending their sessions when their access changes ({@link SessionTermination}) finds it.
 * It keeps the provider's ID token, which sign-out at the provider needs.
 */
final class ProviderPerson extends DefaultOidcUser implements UserDetails {

	private static final long serialVersionUID = 1L;

	private final String email;

	ProviderPerson(SignedInPerson person, OidcUser signedIn) {
		super(authorities(person.roles()), signedIn.getIdToken(), signedIn.getUserInfo(), IdTokenClaimNames.SUB);
		this.email = person.email();
	}

	private static List<GrantedAuthority> authorities(Collection<Role> roles) {
		return roles.stream()
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
	}

	@Override
	public String getName() {
		return this.email;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	/** None: the provider checked who this is. */
	@Override
	public String getPassword() {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ProviderPerson person && super.equals(person) && this.email.equals(person.email);
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + this.email.hashCode();
	}

}
