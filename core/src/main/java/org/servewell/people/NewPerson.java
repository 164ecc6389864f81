package org.servewell.people;

/**
 * A person just created without a password, and the one-time link token with which they
 * set their own.
 *
 * @param person the person as saved
 * @param passwordLinkToken the link's token; shown once
 * @param passwordLink the whole link, at the configured public address
 */
public record NewPerson(PersonDetails person, String passwordLinkToken, String passwordLink) {

}
