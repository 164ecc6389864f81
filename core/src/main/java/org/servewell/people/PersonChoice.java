package org.servewell.people;

/**
 * A person to pick from a list, for example as someone's manager.
 *
 * @param id the person's id
 * @param displayName how the person is addressed
 * @param email their sign-in name, to tell namesakes apart
 */
public record PersonChoice(long id, String displayName, String email) {
}
