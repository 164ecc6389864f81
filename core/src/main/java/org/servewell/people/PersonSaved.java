package org.servewell.people;

/**
 * Published, inside the saving transaction, whenever a person is created or changed, so
 * that other features can act on it (for example assignment rules giving a new hire their
 * onboarding path) all or nothing with the save. When many people are saved at once (an
 * employee import), one {@link PeopleSaved} names them instead.
 *
 * @param personId the person
 */
public record PersonSaved(long personId) {
}
