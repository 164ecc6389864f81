package org.servewell.apiaccess;

import java.util.Set;

import org.servewell.people.Role;

/**
 * Who a valid token acts as: the administrator who created it, with their roles today,
 * narrowed by the token's scope.
 *
 * @param tokenId the token's id, for rate limits and the log
 * @param tokenName the token's name
 * @param scope what the token may do
 * @param email the sign-in name of the person the token acts as
 * @param roles that person's roles
 */
public record ApiCaller(long tokenId, String tokenName, ApiScope scope, String email, Set<Role> roles) {

	public ApiCaller {
		roles = Set.copyOf(roles);
	}

}
