package org.servewell.people;

import java.util.Set;

/**
 * A demo person, listed on the sign-in page when Servewell runs with demo data.
 *
 * @param email sign-in name
 * @param password the demo password
 * @param displayName the person's name
 * @param roles what they may do
 */
public record DemoAccount(String email, String password, String displayName, Set<Role> roles) {
}
