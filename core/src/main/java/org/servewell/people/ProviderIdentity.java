package org.servewell.people;

/**
 * Who the organisation's sign-in provider says has just signed in.
 *
 * @param email the email the provider gives
 * @param emailVerified whether the provider says the email is verified (its owner proved
 * it is theirs)
 * @param displayName the name the provider gives; blank for none
 */
public record ProviderIdentity(String email, boolean emailVerified, String displayName) {

}
