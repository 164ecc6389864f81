package org.servewell.web.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.servewell.apiaccess.ApiCaller;
import org.servewell.people.Role;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated with an API token: named as the administrator the token acts
 * as, so that services' role and per-record checks and the audit trail treat it as them;
 * with their roles ({@code ROLE_*}) and the token's scopes ({@code SCOPE_api.read},
 * {@code SCOPE_api.write}).
 */
final class ApiAuthentication extends AbstractAuthenticationToken {

	static final String READ = "SCOPE_api.read";

	static final String WRITE = "SCOPE_api.write";

	private final ApiCaller caller;

	ApiAuthentication(ApiCaller caller) {
		super(authorities(caller));
		this.caller = caller;
		setAuthenticated(true);
	}

	private static List<GrantedAuthority> authorities(ApiCaller caller) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Role role : caller.roles()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
		}
		Arrays.stream(caller.scope().scopes().split(" "))
			.map((scope) -> new SimpleGrantedAuthority("SCOPE_" + scope))
			.forEach(authorities::add);
		return authorities;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public ApiCaller getPrincipal() {
		return this.caller;
	}

	@Override
	public String getName() {
		return this.caller.email();
	}

}
