package org.servewell.people;

/**
 * A person just created without a password, and the one-time link token with which they
 * set their own.
 *
 * @param person the person as saved
 * @param passwordLinkToken the token to put after {@link PasswordLinks#PATH}; shown once
 */
public record NewPerson(PersonDetails person, String passwordLinkToken) {

}
